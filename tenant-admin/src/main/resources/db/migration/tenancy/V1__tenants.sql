-- Tenants: the coaching businesses and organisations that share one Foothold.
-- A tenant's slug is also the alias of its Keycloak organisation.
grant usage on schema tenancy to "${app_role}";

create table tenant (
    slug         text        primary key
                             check (slug ~ '^[a-z]([a-z0-9]|-(?=[a-z0-9])){1,62}$'),
    kind         text        not null check (kind in ('COACHING_BUSINESS', 'ORGANISATION')),
    display_name text        not null check (length(btrim(display_name)) between 1 and 120),
    status       text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    created_at   timestamptz not null,
    version      bigint      not null default 0
);

comment on table tenant is 'A coaching business or organisation; slug = Keycloak organisation alias';

grant select, insert, update on tenant to "${app_role}";
