package nl.perspectief.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How much load a run puts on each path. The full run is the issue's: registrations at 1, 16 and 64 clients, case
 * readable at 50 a second, pages with 10,000 cases. The smoke form only proves that every path and the report work.
 * Each figure of the full run may be changed with a system property (in brackets).
 *
 * @param clients        closed-loop clients of the registration runs ({@code benchmark.clients}, comma-separated)
 * @param warmUp         before each closed-loop run is measured ({@code benchmark.warm-up-seconds})
 * @param measured       each closed-loop run ({@code benchmark.seconds})
 * @param readableRate   registrations a second of the open-loop "case readable" run ({@code benchmark.readable-rate})
 * @param readableFor    how long it runs ({@code benchmark.readable-seconds})
 * @param stepClients    clients taking steps, each on a case of its own ({@code benchmark.step-clients})
 * @param cases          cases in case-service when its list and page are read ({@code benchmark.cases})
 * @param pageClients    clients reading the list and the page ({@code benchmark.page-clients})
 * @param caseSizes      events of the cases loaded ({@code benchmark.case-sizes}, comma-separated)
 * @param loadsPerSize   steps measured per case size, from its events and from its snapshot each
 *                       ({@code benchmark.loads})
 * @param rebuildEvents  events in case-service's store when its read models are rebuilt
 *                       ({@code benchmark.rebuild-events}); the run adds notes up to it
 * @param rest           how long the stack is left alone after start-up before its memory at rest is read
 *                       ({@code benchmark.rest-seconds})
 * @param paths          the paths run, all by default ({@code benchmark.paths}, comma-separated, of {@link #PATHS}):
 *                       a fix's before and after can be measured on its own path in minutes; the rebuild takes the
 *                       steps' cases along, since its history is grown from theirs; {@code none} measures only the
 *                       stack's start-up and memory
 */
record Settings(String mode, List<Integer> clients, Duration warmUp, Duration measured, double readableRate,
                Duration readableFor, int stepClients, int cases, int pageClients, List<Integer> caseSizes,
                int loadsPerSize, long rebuildEvents, Duration rest, Set<String> paths) {

    static final List<String> PATHS = List.of("registrations", "readable", "steps", "loads", "pages", "rebuild");

    Settings {
        if (!PATHS.containsAll(paths)) {
            throw new IllegalArgumentException("benchmark.paths: " + paths + " names a path not among " + PATHS);
        }
        if (paths.contains("rebuild") && !paths.contains("steps")) {
            paths = new java.util.LinkedHashSet<>(paths);
            paths.add("steps");
        }
        paths = Set.copyOf(paths);
    }

    boolean runs(String path) {
        return paths.contains(path);
    }

    static Settings full() {
        return new Settings("full",
                numbers(System.getProperty("benchmark.clients", "1,16,64")),
                Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 5)),
                Duration.ofSeconds(Long.getLong("benchmark.seconds", 20)),
                Double.parseDouble(System.getProperty("benchmark.readable-rate", "50")),
                Duration.ofSeconds(Long.getLong("benchmark.readable-seconds", 30)),
                Integer.getInteger("benchmark.step-clients", 16),
                Integer.getInteger("benchmark.cases", 10_000),
                Integer.getInteger("benchmark.page-clients", 8),
                numbers(System.getProperty("benchmark.case-sizes", "10,100,1000,10000")),
                Integer.getInteger("benchmark.loads", 10),
                Long.getLong("benchmark.rebuild-events", 500_000),
                Duration.ofSeconds(Long.getLong("benchmark.rest-seconds", 20)),
                Set.copyOf(strings(System.getProperty("benchmark.paths", String.join(",", PATHS))).stream()
                        .filter(path -> !path.equals("none")).toList()));
    }

    /** Every path once over, in seconds: proves the machinery, measures nothing worth quoting. */
    static Settings smoke() {
        return new Settings("smoke (not figures to quote)", List.of(1, 4), Duration.ofSeconds(1), Duration.ofSeconds(2),
                10, Duration.ofSeconds(3), 2, 30, 2, List.of(10, 100), 2, 0, Duration.ofSeconds(2),
                Set.copyOf(PATHS));
    }

    private static List<Integer> numbers(String list) {
        return strings(list).stream().map(Integer::parseInt).toList();
    }

    private static List<String> strings(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
