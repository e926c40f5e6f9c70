package se.webbgranskning.bench;

/** A daemon thread that runs a measurement every few milliseconds until it is closed. */
final class PeriodicSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;

    PeriodicSampler(String name, long everyMillis, Runnable sample) {
        thread = new Thread(() -> {
            while (running) {
                sample.run();
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
