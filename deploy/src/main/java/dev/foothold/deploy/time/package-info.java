/** The platform's clock. Depends on {@code platform-api} only. */
package dev.foothold.deploy.time;
