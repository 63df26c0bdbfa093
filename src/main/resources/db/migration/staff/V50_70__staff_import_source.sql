-- Where a life event or title entry came from: null when entered on a page or by a
-- workflow, 'import' when a staff sheet carried it (issue 12 items 7 and 8).
alter table staff_event add source varchar(20);
alter table staff_title add source varchar(20);
