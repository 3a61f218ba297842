/** The settings over HTTP: anyone in the tenant reads them; owners and admins change them. */
package dev.foothold.mastery.settings.boundary;
