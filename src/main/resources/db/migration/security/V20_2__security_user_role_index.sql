-- Finding the holders of a role (checked whenever a custom role changes).
create index ix_security_user_role_role on security_user_role (role_id);
