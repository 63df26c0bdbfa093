-- The year's ethics assessment (师德考核) next to the annual appraisal; null = not assessed.
alter table staff_appraisal add ethics_result varchar(10);
