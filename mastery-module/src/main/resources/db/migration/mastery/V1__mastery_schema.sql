-- The mastery module's schema. Tables arrive with ladders and evidence logs; the application's
-- role may use the schema but owns nothing in it.
grant usage on schema mastery to "${app_role}";
comment on schema mastery is 'Foothold mastery: ladders, climbs, attempts, evidence logs';
