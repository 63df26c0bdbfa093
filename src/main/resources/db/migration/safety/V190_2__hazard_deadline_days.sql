-- The rectification period a hazard's deadline was counted from (null when the inspector set the day),
-- so its reasons can be shown again.
alter table safety_hazard add column deadline_days integer;
