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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

    Map<String, String> getAll(Set<String> keys);

    void put(String key, String value);

    void remove(String key);

    void putIfAbsent(String key, String value);
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
            public Map<String, String> getAll(Set<String> keys) {
              return shared.getAll(keys);
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
            public void putIfAbsent(String key, String value) {
              shared.putIfAbsent(key, value);
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
      public Map<String, String> getAll(Set<String> keys) {
        var found = new java.util.HashMap<String, String>();
        for (var key : keys) {
          var value = get(key);
          if (value != null) {
            found.put(key, value);
          }
        }
        return found;
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
      public void putIfAbsent(String key, String value) {
        map.compute(
            key, (k, e) -> e == null || System.nanoTime() - e.expiresAt() > 0 ? entry(value) : e);
      }

      private Entry entry(String value) {
        return new Entry(value, System.nanoTime() + ttlNanos);
      }
    };
  }

  /**
   * The cached value, or what {@code load} reads when there is none. A value is stored with the
   * generations (this person's and everyone's) that were current <em>before</em> {@code load}
   * started, and is only ever answered while both are still current. An invalidation bumps the
   * generation after its transaction commits, so a load that read the old rows meanwhile stores a
   * value that no later read accepts: the invalidation always wins, whatever the interleaving.
   *
   * @param kind what is cached ({@link #MEMBER}, {@link #STANDING})
   * @param tenant the tenant
   * @param person the person
   * @param load reads the value from the database; empty: nothing to cache
   * @return the value, cached or loaded
   */
  public Optional<String> read(
      String kind, TenantId tenant, SubjectId person, Supplier<Optional<String>> load) {
    var key = key(kind, tenant, person);
    var genKey = generationKey(tenant, person);
    var found = store.getAll(Set.of(key, genKey, EVERYONE));
    var stamp =
        generation(EVERYONE, found.get(EVERYONE)) + "/" + generation(genKey, found.get(genKey));
    var cached = found.get(key);
    if (cached != null) {
      int space = cached.indexOf(' ');
      if (space > 0 && cached.substring(0, space).equals(stamp)) {
        return Optional.of(cached.substring(space + 1));
      }
    }
    var loaded = load.get();
    loaded.ifPresent(value -> store.put(key, stamp + " " + value));
    return loaded;
  }

  /**
   * @return the cached value, if there is one that no invalidation has overtaken
   */
  public Optional<String> get(String kind, TenantId tenant, SubjectId person) {
    return read(kind, tenant, person, Optional::empty);
  }

  /** The kind of entry that holds a member's role in a tenant. */
  public static final String MEMBER = "member";

  /** The kind of entry that holds a client's subscription standing in a tenant. */
  public static final String STANDING = "standing";

  /** The key of the generation every entry depends on. */
  private static final String EVERYONE = "generation|*";

  /**
   * Forgets everything cached about one person in one tenant, on every instance: a new generation
   * (never one seen before) makes every stored entry of theirs unreadable.
   */
  public void forget(TenantId tenant, SubjectId person) {
    store.put(generationKey(tenant, person), UUID.randomUUID().toString());
    store.remove(key(MEMBER, tenant, person));
    store.remove(key(STANDING, tenant, person));
  }

  /** Forgets everything (a tenant's settings or status changed), on every instance. */
  public void forgetAll() {
    store.put(EVERYONE, UUID.randomUUID().toString());
  }

  /**
   * Forgets one person's entries now and again when the current transaction ends, so that a request
   * that read the old rows meanwhile cannot leave them readable (see {@link #read}).
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

  private static String generationKey(TenantId tenant, SubjectId person) {
    return "generation|" + tenant.slug() + "|" + person.value();
  }

  /**
   * A generation is a UUID (no spaces) that never comes back once replaced. A missing one (never
   * set, or expired) is created here rather than read as "none", so that an expired generation
   * cannot make a value stored under an older "none" readable again.
   */
  private String generation(String key, String current) {
    if (current != null) {
      return current;
    }
    store.putIfAbsent(key, UUID.randomUUID().toString());
    var now = store.get(key);
    return now != null ? now : "unreadable-" + UUID.randomUUID(); // expired at once: cache nothing
  }
}
