package org.reachback.testing.fuzz;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run's cases, made and sent by a few workers at once and recorded in the order of their
 * indices, so that the report reads the same however the requests interleaved.
 */
final class FuzzRun {

	private final List<Operation> operations;

	private final CaseMaker cases;

	private final Sender sender;

	private final int concurrency;

	FuzzRun(List<Operation> operations, CaseMaker cases, Sender sender, int concurrency) {
		this.operations = operations;
		this.cases = cases;
		this.sender = sender;
		this.concurrency = concurrency;
	}

	FuzzReport run(FuzzSettings settings) {
		FuzzReport report = new FuzzReport(settings);
		ExecutorService workers = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<Outcome>> outcomes = settings.indices()
				.mapToObj(index -> workers.submit(() -> call(settings.seed(), index)))
				.toList();
			for (Future<Outcome> future : outcomes) {
				Outcome outcome = future.get();
				report.record(outcome.operation(), outcome.index(), outcome.request(), outcome.answer(), outcome.millis(),
						Checks.failed(outcome.operation(), outcome.answer()));
			}
			return report;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The fuzzer failed to make or send a case", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while fuzzing", ex);
		}
		finally {
			workers.shutdownNow();
		}
	}

	private Outcome call(long seed, int index) {
		Draw draw = Draw.forCase(seed, index);
		Operation operation = draw.pick(operations);
		FuzzRequest request = cases.request(operation, draw);
		long sent = System.nanoTime();
		Answer answer = sender.send(request, operation.eventStream());
		return new Outcome(operation, index, request, answer, (System.nanoTime() - sent) / 1_000_000);
	}

	private record Outcome(Operation operation, int index, FuzzRequest request, Answer answer, long millis) {
	}

}
