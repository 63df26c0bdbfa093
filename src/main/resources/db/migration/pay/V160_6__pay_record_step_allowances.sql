-- Whether the record said head teacher / special education from the entry's day, so back pay
-- can price an allowance whose rate did not exist when the month was paid; null on older rows.
alter table pay_record_step add column head_teacher boolean;
alter table pay_record_step add column special_education boolean;
