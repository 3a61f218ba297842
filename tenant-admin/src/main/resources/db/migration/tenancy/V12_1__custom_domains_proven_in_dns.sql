-- Issue 12, finding 1. Until now a domain counted as verified without any DNS lookup, so no
-- verification made before this migration proves anything: every custom domain goes back to
-- pending, and its tenant verifies it again (Foothold now reads the TXT record). The table forces
-- row-level security even on its owner, so the owner lifts that for this one statement.
alter table custom_domain no force row level security;
update custom_domain set verified_at = null where verified_at is not null;
alter table custom_domain force row level security;

-- A pending claim no longer blocks anyone: several tenants may claim a domain, and whoever proves
-- it in DNS first has it. A verified domain still belongs to one tenant at most.
drop index custom_domain_unique;
create unique index custom_domain_verified_once on custom_domain (domain)
    where verified_at is not null;
