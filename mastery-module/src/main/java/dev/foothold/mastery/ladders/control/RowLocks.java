package dev.foothold.mastery.ladders.control;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Locks one row of the mastery schema for the rest of the transaction, and nothing else: a JPA lock
 * on an entity would also lock the rows it refers to, which the application may not update.
 */
final class RowLocks {

  private RowLocks() {}

  static void lock(EntityManager em, String table, UUID id) {
    em.createNativeQuery("select id from mastery." + table + " where id = ?1 for update")
        .setParameter(1, id)
        .getResultList();
  }
}
