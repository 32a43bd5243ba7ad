package nl.gbi.tenants;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.SafetyRailSettings;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;
import nl.gbi.json.FieldReader;
import nl.gbi.json.Json;

/**
 * Loads every {@code *.json} in the tenants directory. Strict: an unknown key, a missing field, an invalid
 * value or IBAN, a file whose name is not its gemeentecode, or a duplicate code is a
 * {@link TenantConfigException} naming the file and field. A start-up with such a file does not happen.
 */
public final class TenantLoader {

    private static final Set<String> FIELDS = Set.of("gemeentecode", "naam", "debtorIban", "debtorBic", "betaaldag",
            "paidInArrears", "vakantiegeldPayoutMonth", "allowedVerlagingPercentages", "verlagingBase",
            "maxTransactionsPerFile", "secondApprovalThreshold", "voorschotMaxPercentage", "voorschotInstant",
            "cutOffTime", "vangrails", "oidc");
    private static final Set<String> OIDC_FIELDS = Set.of("issuer", "clientId", "rolesClaim", "roles", "persoonClaim",
            "tenantClaim", "tenantValue");
    private static final Set<String> RAIL_FIELDS = Set.of("maxWijzigingPercentage", "normVeelvoud",
            "maxDossiersPerIban", "bekendeDerden");
    /** BNG Bank wants a day's notice above 20.000 transactions a file (sepa.md); higher is never sensible. */
    static final int MAX_TRANSACTIONS_PER_FILE_LIMIT = 100_000;

    private TenantLoader() {
    }

    public static TenantRegistry load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TenantConfigException("tenants directory not found: " + dir.toAbsolutePath());
        }
        Map<String, Tenant> byCode = new HashMap<>();
        Map<String, SignInSettings> signIn = new HashMap<>();
        for (Path file : jsonFiles(dir)) {
            Loaded loaded = loadFile(file);
            Tenant tenant = loaded.tenant();
            if (byCode.putIfAbsent(tenant.gemeentecode(), tenant) != null) {
                throw new TenantConfigException(file + ": gemeentecode: duplicate code " + tenant.gemeentecode());
            }
            if (loaded.signIn() != null) {
                signIn.put(tenant.gemeentecode(), loaded.signIn());
            }
        }
        if (byCode.isEmpty()) {
            throw new TenantConfigException("no tenant files (*.json) in " + dir.toAbsolutePath());
        }
        return new TenantRegistry(byCode, signIn);
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new TenantConfigException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** One file: the tenant and, when it has an {@code oidc} object, how its officers sign in. */
    record Loaded(Tenant tenant, SignInSettings signIn) {
    }

    static Loaded loadFile(Path file) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new TenantConfigException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TenantConfigException(file + ": cannot read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new TenantConfigException(file + ": expected one JSON object");
        }
        List<Fout> fouten = new ArrayList<>();
        FieldReader fields = new FieldReader(node, "", fouten, FIELDS);
        Tenant tenant = read(fields);
        SignInSettings signIn = signIn(fields);
        String expectedName = tenant == null ? null : tenant.gemeentecode() + ".json";
        if (tenant != null && !file.getFileName().toString().equals(expectedName)) {
            fouten.add(new Fout("gemeentecode", "BESTANDSNAAM", "the file must be named " + expectedName));
        }
        if (!fouten.isEmpty()) {
            throw new TenantConfigException(file + ": " + fouten.stream()
                    .map(f -> f.veld() + ": " + f.code() + " (" + f.melding() + ")")
                    .collect(Collectors.joining("; ")));
        }
        return new Loaded(tenant, signIn);
    }

    /**
     * {@code oidc}, optional: {@code issuer} (an http(s) URL), {@code clientId}, {@code rolesClaim} and {@code roles}
     * (claim value to role; only finance-officer), optional {@code persoonClaim}, and {@code tenantClaim} with
     * {@code tenantValue} together or not at all.
     */
    private static SignInSettings signIn(FieldReader fields) {
        JsonNode node = fields.object("oidc", false);
        if (node == null) {
            return null;
        }
        FieldReader oidc = new FieldReader(node, fields.path("oidc"), fields.fouten(), OIDC_FIELDS);
        String issuer = oidc.string("issuer", true, 255);
        if (issuer != null && !issuer.matches("https?://[^\\s#?]+")) {
            oidc.fail("issuer", "ONGELDIG_FORMAAT", "the issuer is an http(s) URL without query or fragment");
        }
        String clientId = oidc.string("clientId", true, 255);
        String rolesClaim = oidc.string("rolesClaim", true, 100);
        Map<String, String> roles = new HashMap<>();
        JsonNode map = oidc.object("roles", true);
        if (map != null) {
            map.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isTextual() || !"finance-officer".equals(entry.getValue().textValue())
                        || entry.getKey().isEmpty() || entry.getKey().length() > 255) {
                    oidc.fail("roles", "ONGELDIGE_WAARDE",
                            "each claim value (1-255 characters) gives the role finance-officer: " + entry.getKey());
                } else {
                    roles.put(entry.getKey(), entry.getValue().textValue());
                }
            });
            if (map.isEmpty()) {
                oidc.fail("roles", "VERPLICHT", "at least one claim value gives the role finance-officer");
            }
        }
        String persoonClaim = oidc.string("persoonClaim", false, 100);
        String tenantClaim = oidc.string("tenantClaim", false, 100);
        String tenantValue = oidc.string("tenantValue", false, 255);
        if ((tenantClaim == null) != (tenantValue == null)) {
            oidc.fail("tenantClaim", "SAMEN", "tenantClaim and tenantValue are given together or not at all");
        }
        if (!fields.fouten().isEmpty()) {
            return null;
        }
        return new SignInSettings(issuer, clientId, rolesClaim, roles, persoonClaim, tenantClaim, tenantValue);
    }

    private static Tenant read(FieldReader fields) {
        String code = fields.string("gemeentecode", true, 6);
        if (code != null && !code.matches("GM[0-9]{4}")) {
            fields.fail("gemeentecode", "ONGELDIG_FORMAAT", "expected GM followed by four digits");
            code = null;
        }
        String naam = fields.string("naam", true, 70);
        Iban iban = iban(fields);
        String bic = fields.string("debtorBic", true, 11);
        if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            fields.fail("debtorBic", "ONGELDIG_FORMAAT", "expected a BIC of 8 or 11 characters");
            bic = null;
        }
        Integer betaaldag = fields.integer("betaaldag", true, 1, 31);
        Boolean arrears = fields.present("paidInArrears", true) == null ? null : fields.bool("paidInArrears", false);
        Integer payoutMonth = fields.integer("vakantiegeldPayoutMonth", true, 1, 12);
        Set<Integer> percentages = percentages(fields);
        VerlagingBase base = fields.enumValue("verlagingBase", true, VerlagingBase.class);
        Integer maxTx = fields.integer("maxTransactionsPerFile", true, 1, MAX_TRANSACTIONS_PER_FILE_LIMIT);
        Money threshold = fields.amount("secondApprovalThreshold", true, false);
        Integer voorschotMax = fields.present("voorschotMaxPercentage", false) == null
                ? Integer.valueOf(Tenant.VOORSCHOT_MAX_PERCENTAGE_DEFAULT) : fields.integer("voorschotMaxPercentage", true, 1, 100);
        boolean instant = fields.bool("voorschotInstant", false);
        LocalTime cutOff = cutOff(fields);
        SafetyRailSettings rails = rails(fields);
        if (!fields.fouten().isEmpty()) {
            return null;
        }
        return new Tenant(code, naam, iban, bic, betaaldag, arrears, Month.of(payoutMonth), percentages, base, maxTx,
                threshold, voorschotMax, instant, cutOff, rails);
    }

    /**
     * {@code vangrails}, optional, each field optional: {@code maxWijzigingPercentage} (1–1000, default 10),
     * {@code normVeelvoud} (1–100, default 2), {@code maxDossiersPerIban} (1–100000, default 5) and
     * {@code bekendeDerden}, the IBANs of the municipality's known third parties.
     */
    private static SafetyRailSettings rails(FieldReader fields) {
        JsonNode node = fields.object("vangrails", false);
        if (node == null) {
            return SafetyRailSettings.DEFAULT;
        }
        SafetyRailSettings d = SafetyRailSettings.DEFAULT;
        FieldReader rails = new FieldReader(node, fields.path("vangrails"), fields.fouten(), RAIL_FIELDS);
        Integer change = rails.present("maxWijzigingPercentage", false) == null ? Integer.valueOf(d.changePercentMax())
                : rails.integer("maxWijzigingPercentage", true, 1, 1000);
        Integer multiple = rails.present("normVeelvoud", false) == null ? Integer.valueOf(d.normMultiple())
                : rails.integer("normVeelvoud", true, 1, 100);
        Integer perIban = rails.present("maxDossiersPerIban", false) == null ? Integer.valueOf(d.dossiersPerIbanMax())
                : rails.integer("maxDossiersPerIban", true, 1, 100_000);
        Set<String> known = new TreeSet<>();
        JsonNode list = rails.array("bekendeDerden");
        if (list != null) {
            for (JsonNode item : list) {
                if (!item.isTextual() || !Iban.isValid(item.textValue())) {
                    rails.fail("bekendeDerden", "IBAN_ONGELDIG", "each known third party is a valid SEPA IBAN: " + item);
                } else {
                    known.add(item.textValue());
                }
            }
        }
        if (change == null || multiple == null || perIban == null || !rails.fouten().isEmpty()) {
            return null;
        }
        return new SafetyRailSettings(change, multiple, perIban, known);
    }

    /** {@code cutOffTime} as "HH:mm" (24 hours), optional. */
    private static LocalTime cutOff(FieldReader fields) {
        String text = fields.string("cutOffTime", false, 5);
        if (text == null) {
            return null;
        }
        if (!text.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            fields.fail("cutOffTime", "ONGELDIG_FORMAAT", "expected a time of day as HH:mm, e.g. 15:00");
            return null;
        }
        return LocalTime.parse(text);
    }

    private static Iban iban(FieldReader fields) {
        String text = fields.string("debtorIban", true, 34);
        if (text != null && !Iban.isValid(text)) {
            fields.fail("debtorIban", "IBAN_ONGELDIG", "not a valid SEPA IBAN (" + Iban.check(text) + ")");
            return null;
        }
        return text == null ? null : new Iban(text);
    }

    private static Set<Integer> percentages(FieldReader fields) {
        JsonNode array = fields.present("allowedVerlagingPercentages", true);
        if (array == null) {
            return null;
        }
        Set<Integer> percentages = new LinkedHashSet<>();
        if (!array.isArray() || array.isEmpty()) {
            fields.fail("allowedVerlagingPercentages", "ONGELDIG_TYPE", "expected a non-empty list of percentages");
            return null;
        }
        for (JsonNode item : array) {
            if (!item.isIntegralNumber() || item.intValue() < 5 || item.intValue() > 100 || !percentages.add(item.intValue())) {
                fields.fail("allowedVerlagingPercentages", "ONGELDIGE_WAARDE",
                        "each percentage is a whole number from 5 to 100, listed once: " + item);
            }
        }
        return percentages;
    }
}
