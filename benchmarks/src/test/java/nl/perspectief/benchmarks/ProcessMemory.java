package nl.perspectief.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The memory each process of the stack holds (and the CPU it has used), from Linux's own accounting: the proportional set size (PSS, from
 * {@code /proc/<pid>/smaps_rollup}), which counts a page shared by n processes as 1/n in each, so that the parts add up
 * to what the stack takes from the machine (PostgreSQL is many processes sharing its buffers; their RSS would count
 * those many times). A component is its process and all of its descendants.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Megabytes (PSS) per component of the stack, by name, for the processes found; the total under "stack". */
    static Map<String, Double> ofTheStack(Path dataDirectory) {
        return perComponent(dataDirectory, pid -> pssKilobytes(pid) / 1024.0);
    }

    /**
     * Seconds of CPU each component of the stack has used so far (user and system, {@code /proc/<pid>/stat}, with what
     * its ended children used); the total under "stack". Two readings apart give the CPU a load cost.
     */
    static Map<String, Double> cpuSecondsOfTheStack(Path dataDirectory) {
        return cpuSecondsOfTheStack(dataDirectory, Set.of());
    }

    /**
     * The same, leaving out the processes named: the benchmark's own PostgreSQL sessions (a watcher's backend) do work
     * for the benchmark, not for the stack.
     */
    static Map<String, Double> cpuSecondsOfTheStack(Path dataDirectory, Set<Long> notTheStack) {
        return perComponent(dataDirectory, pid -> notTheStack.contains(pid) ? 0 : cpuSeconds(pid));
    }

    /**
     * What the whole machine's CPUs have done since boot, from the first line of {@code /proc/stat}: seconds busy (user,
     * nice, system, interrupts, stolen) and seconds in all. Two readings apart give how busy the machine was between
     * them, whoever kept it busy.
     */
    static MachineCpu machineCpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            long all = 0;
            // cpu user nice system idle iowait irq softirq steal (guest and guest_nice are already in user and nice)
            for (int field = 1; field <= 8 && field < fields.length; field++) {
                long ticks = Long.parseLong(fields[field]);
                all += ticks;
                if (field != 4 && field != 5) {
                    busy += ticks;
                }
            }
            return new MachineCpu(busy / 100.0, all / 100.0);
        } catch (IOException | RuntimeException unreadable) {
            return new MachineCpu(Double.NaN, Double.NaN);
        }
    }

    /** Seconds of CPU the machine spent busy, and in all (busy and idle), over all its CPUs. */
    record MachineCpu(double busySeconds, double allSeconds) {

        /** The share of the machine's CPU time that was busy between {@code before} and this reading, in percent. */
        double busyPercentSince(MachineCpu before) {
            double all = allSeconds - before.allSeconds;
            return all <= 0 ? Double.NaN : 100 * (busySeconds - before.busySeconds) / all;
        }
    }

    private static Map<String, Double> perComponent(Path dataDirectory, java.util.function.LongToDoubleFunction measure) {
        String data = dataDirectory.toAbsolutePath().toString();
        Map<String, Predicate<String>> components = new LinkedHashMap<>();
        components.put("intake-service", command -> command.contains("intake-service-") && command.contains(".jar"));
        components.put("case-service", command -> command.contains("case-service-") && command.contains(".jar"));
        components.put("messaging-service", command -> command.contains("messaging-service-") && command.contains(".jar"));
        components.put("training-service", command -> command.contains("training-service-") && command.contains(".jar"));
        // by what only each one's command line says: the broker's class path names keycloak-local's jar too, and
        // counting it as Keycloak's once gave Keycloak the broker's memory and CPU, and the stack the broker's twice
        components.put("Kafka broker", command -> command.contains(" kafka.Kafka ") && command.contains(data));
        components.put("Keycloak", command -> command.contains("-Dkc.home.dir=" + data));
        components.put("GreenMail", command -> command.contains("greenmail-standalone"));
        components.put("PostgreSQL", command -> command.contains(data) && command.contains("postgres")
                && !command.contains("java"));
        Map<String, Double> measured = new LinkedHashMap<>();
        Map<Long, String> counted = new HashMap<>();
        List<ProcessHandle> all = ProcessHandle.allProcesses().toList();
        double total = 0;
        for (Map.Entry<String, Predicate<String>> component : components.entrySet()) {
            List<ProcessHandle> roots = all.stream().filter(process -> component.getValue().test(commandLine(process)))
                    .toList();
            if (roots.isEmpty()) {
                continue;
            }
            // a service's launcher (setsid) and its JVM both name the jar: each process counted once, by its pid
            long[] pids = roots.stream()
                    .flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                    .mapToLong(ProcessHandle::pid)
                    .distinct()
                    .toArray();
            for (long pid : pids) {
                String other = counted.putIfAbsent(pid, component.getKey());
                if (other != null) {
                    throw new IllegalStateException("process " + pid + " would count as " + other + " and as "
                            + component.getKey() + ": the components' command lines must tell them apart");
                }
            }
            double value = java.util.Arrays.stream(pids).mapToDouble(measure).sum();
            measured.put(component.getKey(), value);
            total += value;
        }
        measured.put("stack", total);
        return measured;
    }

    /** The whole command line, read from /proc: ProcessHandle's info leaves out a long one (the broker's classpath). */
    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    /** utime, stime, cutime and cstime of /proc/<pid>/stat, in clock ticks of 1/100 s (Linux's USER_HZ). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long pssKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")).stream()
                    .filter(line -> line.startsWith("Pss:"))
                    .findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
