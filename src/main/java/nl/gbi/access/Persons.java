package nl.gbi.access;

import io.vertx.core.Future;
import nl.gbi.domain.EngineError;

/**
 * Who holds a token, for the four-eyes rules of every decision: a proposer decides nothing about their own proposal
 * with any of their tokens. Implemented by {@link Tokens}.
 */
public interface Persons {

    /** The person who holds token {@code tokenId} ({@code token:<id>} for a token that names none, or is gone). */
    Future<String> personOf(String tokenId);

    /**
     * Succeeds when {@code decider} is another person than the holder of {@code proposerTokenId}; else fails 403 with
     * {@code why}.
     */
    default Future<Void> requireOther(String proposerTokenId, Caller decider, String why) {
        return personOf(proposerTokenId).compose(proposer -> proposer.equals(decider.persoon())
                ? Future.failedFuture(new EngineError(EngineError.Kind.FORBIDDEN, why))
                : Future.<Void>succeededFuture());
    }
}
