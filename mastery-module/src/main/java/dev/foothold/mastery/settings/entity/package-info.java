/** JPA mapping of a tenant's mastery settings; tenant-owned. Depends on Jakarta Persistence. */
package dev.foothold.mastery.settings.entity;
