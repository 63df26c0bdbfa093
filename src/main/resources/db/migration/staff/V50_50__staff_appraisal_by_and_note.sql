-- Who appraised (the school's appraisal group, the bureau...) and a note, as imported or entered.
alter table staff_appraisal add appraised_by varchar(100);
alter table staff_appraisal add note varchar(200);
