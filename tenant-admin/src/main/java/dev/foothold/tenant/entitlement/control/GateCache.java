package dev.foothold.tenant.entitlement.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gate reads on every request (a member's role, a client's standing), kept in memory so
 * that a gated request costs no database round trip.
 *
 * <p>The store is JCache: in Payara it is Hazelcast's, one map shared by every instance of the
 * cluster, so an invalidation on one instance is seen by all of them at once. Only strings are
 * stored, so no instance needs another's classes to read an entry. Entries also expire after {@code
 * foothold.gate.cache-ttl}, a backstop, not the means of correctness. When no JCache provider is
 * present (a single instance started without clustering) a local map takes its place and the log
 * says so.
 */
@ApplicationScoped
public class GateCache {

  private static final Logger LOG = Logger.getLogger(GateCache.class.getName());
  static final String NAME = "foothold-gate";

  @Inject Instance<CacheManager> injected;

  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transaction;

  @Inject
  @ConfigProperty(name = "foothold.gate.cache-ttl", defaultValue = "PT10M")
  Duration ttl;

  private Store store;

  /** Where entries live. */
  interface Store {
    String get(String key);

    void put(String key, String value);

    void remove(String key);

    void clear();
  }

  @PostConstruct
  void open() {
    store = jcache().orElseGet(this::local);
  }

  private Optional<Store> jcache() {
    try {
      CacheManager manager =
          injected.isResolvable()
              ? injected.get()
              : Caching.getCachingProvider(GateCache.class.getClassLoader()).getCacheManager();
      Cache<String, String> cache = manager.getCache(NAME, String.class, String.class);
      if (cache == null) {
        try {
          cache =
              manager.createCache(
                  NAME,
                  new MutableConfiguration<String, String>()
                      .setTypes(String.class, String.class)
                      .setStoreByValue(true)
                      .setExpiryPolicyFactory(
                          CreatedExpiryPolicy.factoryOf(
                              new javax.cache.expiry.Duration(
                                  TimeUnit.SECONDS, Math.max(1, ttl.toSeconds())))));
        } catch (javax.cache.CacheException raced) {
          cache = manager.getCache(NAME, String.class, String.class); // another instance made it
        }
      }
      var shared = cache;
      LOG.info(
          () -> "Gate: entitlements cached in JCache '" + NAME + "' (" + manager.getURI() + ")");
      return Optional.of(
          new Store() {
            @Override
            public String get(String key) {
              return shared.get(key);
            }

            @Override
            public void put(String key, String value) {
              shared.put(key, value);
            }

            @Override
            public void remove(String key) {
              shared.remove(key);
            }

            @Override
            public void clear() {
              shared.removeAll();
            }
          });
    } catch (RuntimeException | LinkageError none) {
      LOG.warning(
          () ->
              "Gate: no JCache provider ("
                  + none
                  + "); caching entitlements in this instance only. Run clustered (Payara's"
                  + " default) when more than one instance serves requests.");
      return Optional.empty();
    }
  }

  private Store local() {
    record Entry(String value, long expiresAt) {}
    Map<String, Entry> map = new ConcurrentHashMap<>();
    long ttlNanos = ttl.toNanos();
    return new Store() {
      @Override
      public String get(String key) {
        var e = map.get(key);
        if (e == null || System.nanoTime() - e.expiresAt() > 0) {
          return null;
        }
        return e.value();
      }

      @Override
      public void put(String key, String value) {
        map.put(key, new Entry(value, System.nanoTime() + ttlNanos));
      }

      @Override
      public void remove(String key) {
        map.remove(key);
      }

      @Override
      public void clear() {
        map.clear();
      }
    };
  }

  /**
   * @param kind what is cached ({@code member}, {@code standing})
   * @param tenant the tenant
   * @param person the person
   * @return the cached value, if any
   */
  public Optional<String> get(String kind, TenantId tenant, SubjectId person) {
    return Optional.ofNullable(store.get(key(kind, tenant, person)));
  }

  /** Caches {@code value}. */
  public void put(String kind, TenantId tenant, SubjectId person, String value) {
    store.put(key(kind, tenant, person), value);
  }

  /** The kind of entry that holds a member's role in a tenant. */
  public static final String MEMBER = "member";

  /** The kind of entry that holds a client's subscription standing in a tenant. */
  public static final String STANDING = "standing";

  /** Forgets everything cached about one person in one tenant, on every instance. */
  public void forget(TenantId tenant, SubjectId person) {
    store.remove(key(MEMBER, tenant, person));
    store.remove(key(STANDING, tenant, person));
  }

  /** Forgets everything (a tenant's settings or status changed), on every instance. */
  public void forgetAll() {
    store.clear();
  }

  /**
   * Forgets one person's entries now and again when the current transaction ends, so that a request
   * that read the old rows meanwhile cannot leave them cached.
   */
  public void forgetAfterCommit(TenantId tenant, SubjectId person) {
    forget(tenant, person);
    afterCompletion(() -> forget(tenant, person));
  }

  /** {@link #forgetAll()} now and when the current transaction ends. */
  public void forgetAllAfterCommit() {
    forgetAll();
    afterCompletion(this::forgetAll);
  }

  private void afterCompletion(Runnable work) {
    if (transaction.getTransactionStatus() == jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
      return;
    }
    transaction.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            work.run();
          }
        });
  }

  private static String key(String kind, TenantId tenant, SubjectId person) {
    return kind + "|" + tenant.slug() + "|" + person.value();
  }
}
