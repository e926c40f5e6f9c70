package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import se.webbgranskning.checklist.Checklist;

/**
 * Pre-checks many municipalities of a crawl round, e.g. the whole round again after a checklist change. Each
 * municipality is read and pre-checked on its own (the engine keeps no state between them), so they run on
 * several threads at once; the suggestions are the same whatever the number of threads, and come back in the order
 * the municipalities were asked for. "Current year" and "within twelve months" count from each snapshot's own day.
 */
public final class RoundPrecheck {

    /** The suggestions for one municipality's snapshot, and how many pages with text it had. */
    public record Result(String kommunkod, int pages, LocalDate day, List<ItemSuggestion> suggestions) {

        public Result {
            suggestions = List.copyOf(suggestions);
        }
    }

    private final PrecheckInputReader reader;
    private final Precheck precheck;

    public RoundPrecheck(Jdbi jdbi) {
        this.reader = new PrecheckInputReader(jdbi);
        this.precheck = Precheck.bundled();
    }

    /**
     * @param codes   the municipalities to pre-check; those the round did not crawl are left out of the result
     * @param threads how many municipalities to pre-check at once; 1 runs them one after the other on the caller's
     *                thread
     */
    public List<Result> run(String roundId, List<String> codes, Checklist checklist, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("antalet trådar måste vara minst 1, inte " + threads);
        }
        if (threads == 1 || codes.size() < 2) {
            List<Result> results = new ArrayList<>();
            codes.forEach(code -> one(roundId, code, checklist).ifPresent(results::add));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, codes.size()), runnable -> {
            Thread thread = new Thread(runnable, "precheck");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Optional<Result>>> pending = new ArrayList<>();
            for (String code : codes) {
                pending.add(pool.submit(() -> one(roundId, code, checklist)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Optional<Result>> future : pending) {
                future.get().ifPresent(results::add);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("förhandskontrollen av omgången " + roundId + " avbröts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<Result> one(String roundId, String code, Checklist checklist) {
        return reader.read(roundId, code).map(input -> new Result(code, input.pages().size(), input.snapshotDate(),
                precheck.suggest(checklist, input, input.snapshotDate())));
    }
}
