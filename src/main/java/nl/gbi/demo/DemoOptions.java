package nl.gbi.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.parameters.ParameterResource;

/** The demo's options: {@code --dossiers --periode --seed --port --data-dir --tenants --out --exit}. */
record DemoOptions(int dossiers, YearMonth periode, long seed, int port, Path dataDir, Path tenantsDir, Path outDir,
                   boolean exit) {

    static DemoOptions parse(String[] args) {
        int dossiers = 1_000;
        YearMonth periode = defaultPeriode(YearMonth.now());
        long seed = 2026;
        int port = 8080;
        Path dataDir = Path.of("data");
        Path tenantsDir = Path.of("tenants");
        Path outDir = Path.of("out");
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--exit")) {
                exit = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--dossiers" -> dossiers = positive(value);
                case "--periode" -> periode = YearMonth.parse(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--tenants" -> tenantsDir = Path.of(value);
                case "--out" -> outDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new DemoOptions(dossiers, periode, seed, port, dataDir, tenantsDir, outDir, exit);
    }

    /**
     * This month, or, when the shipped figures do not reach it yet, the last month they cover: the demo starts on a
     * fresh data directory, whose only parameter set is the shipped table, and a run for a month without approved
     * figures does not start (docs/parameters.md).
     */
    static YearMonth defaultPeriode(YearMonth now) {
        ParameterTable shipped = ParameterResource.load();
        YearMonth month = now;
        for (int back = 0; back < 120 && shipped.find(Parameter.NORM_21_B, month) == null; back++) {
            month = month.minusMonths(1);
        }
        return shipped.find(Parameter.NORM_21_B, month) == null ? now : month;
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value);
        if (number < 1 || number > 1_000_000) {
            throw new IllegalArgumentException("--dossiers must be 1 to 1.000.000");
        }
        return number;
    }
}
