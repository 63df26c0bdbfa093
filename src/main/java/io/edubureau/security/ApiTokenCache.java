package io.edubureau.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API callers by token hash for a few seconds, so that a client's burst of calls does not
 * read the token, the account and its roles on every request. Any change to an account, a
 * role or a token on this node empties it at once (and again when that change commits),
 * so revoking a token, disabling or locking an account or changing a role takes effect on
 * the next request; other nodes see it within {@link #TTL}. An entry also ends when its
 * token expires.
 */
@Component
class ApiTokenCache {

	static final Duration TTL = Duration.ofSeconds(5);

	// At most this many entries; beyond that the cache starts again empty.
	private static final int MAX_ENTRIES = 10_000;

	// Static: JPA instantiates the entity listener itself, and a change in any context of
	// this JVM only ever empties caches.
	private static final AtomicLong generation = new AtomicLong();

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private record Entry(BureauUser user, Instant expiresAt, long generation, long loadedAt) {
	}

	/** The caller of a token seen less than {@link #TTL} ago and unchanged since. */
	Optional<BureauUser> get(String tokenHash, Instant now) {
		Entry e = entries.get(tokenHash);
		if (e == null) {
			return Optional.empty();
		}
		if (e.generation != generation.get() || System.nanoTime() - e.loadedAt > TTL.toNanos()
				|| (e.expiresAt != null && !now.isBefore(e.expiresAt))) {
			entries.remove(tokenHash, e);
			return Optional.empty();
		}
		return Optional.of(e.user);
	}

	/** The generation to pass to {@link #put}, read before the token is looked up. */
	long generation() {
		return generation.get();
	}

	/**
	 * Keeps a caller read from the database, unless something changed while it was being
	 * read.
	 */
	void put(String tokenHash, BureauUser user, Instant expiresAt, long readAt) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		if (generation.get() == readAt) {
			entries.put(tokenHash, new Entry(user, expiresAt, readAt, System.nanoTime()));
		}
	}

	/**
	 * Empties every cache now and again after the current transaction commits (a request
	 * reading in between would still see the old rows).
	 */
	static void changed() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}

	/** On accounts, roles and tokens: any write empties the caches. */
	static class Listener {

		@PostPersist
		@PostUpdate
		@PostRemove
		void written(Object entity) {
			changed();
		}

	}

}
