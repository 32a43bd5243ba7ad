package nl.gbi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gbi.calculation.ParameterTableException;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.parameterset.ApprovedSet;
import nl.gbi.parameterset.Bevinding;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.ParameterSetDocument;
import nl.gbi.parameterset.ParameterSetReview;
import nl.gbi.parameterset.Proposal;
import nl.gbi.parameterset.Review;
import nl.gbi.parameterset.SanityRules;
import nl.gbi.parameterset.Verschil;

/**
 * {@code parameters check FILE}: a policy officer's offline check of a draft set, with the review a proposal gets,
 * against the shipped table. Exit 0 when the set would be accepted, 1 when not, 2 for bad arguments.
 */
public final class ParametersCommand {

    private ParametersCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Usage.wantsHelp(args)) {
            return Usage.help(Usage.PARAMETERS, out);
        }
        if (args.length < 2 || !args[0].equals("check")) {
            return Usage.error("parameters", "expected: parameters check FILE", Usage.PARAMETERS, err);
        }
        Path file = Path.of(args[1]);
        SanityRules rules = SanityRules.DEFAULTS;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--max-wijziging") && i + 1 < args.length && args[i + 1].matches("[0-9]{1,3}")) {
                try {
                    rules = new SanityRules(Integer.parseInt(args[++i]));
                } catch (IllegalArgumentException outOfRange) {
                    return Usage.error("parameters", outOfRange.getMessage(), Usage.PARAMETERS, err);
                }
            } else {
                return Usage.error("parameters", "unknown argument " + args[i], Usage.PARAMETERS, err);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException notUtf8) {
            err.println("gbi parameters: " + file + " is not UTF-8 text");
            return ExitCode.PROBLEM_FOUND.code();
        } catch (IOException unreadable) {
            return Usage.error("parameters", "cannot read " + file + ": " + unreadable.getMessage(), Usage.PARAMETERS, err);
        }
        Proposal proposal;
        try {
            proposal = ParameterSetDocument.parse(text);
        } catch (ParameterTableException invalid) {
            out.println(file + ": not a valid parameter set");
            invalid.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return ExitCode.PROBLEM_FOUND.code();
        }
        List<ParameterValue> shipped = ParameterResource.load().rows();
        EffectiveParameters against = EffectiveParameters.of(1, List.of(new ApprovedSet(1,
                ParameterSetDocument.sha256(shipped), shipped)));
        Review review = ParameterSetReview.review(proposal, against, rules);
        print(file, proposal, review, out);
        return review.acceptable() ? ExitCode.OK.code() : ExitCode.PROBLEM_FOUND.code();
    }

    private static void print(Path file, Proposal proposal, Review review, PrintStream out) {
        out.println(file + ": " + proposal.rows().size() + " figures, sha256 " + proposal.sha256());
        out.println("compared with the table shipped in this jar (set 1 of a fresh engine)");
        out.println();
        out.println("differences with the half-year before:");
        out.printf("  %-22s %-11s %12s %12s %12s %9s%n", "key", "from", "before", "in effect", "new", "change");
        for (Verschil v : review.verschillen()) {
            out.printf("  %-22s %-11s %12s %12s %12s %9s%n", v.key(), v.geldigVanaf(), value(v, v.vorige()),
                    value(v, v.huidig()), value(v, v.nieuw()), v.procent() == null ? "-" : v.procent() + "%");
        }
        out.println();
        out.println("findings: " + (review.bevindingen().isEmpty() ? "none" : ""));
        for (Bevinding b : review.bevindingen()) {
            out.println("  " + b.code() + ": " + b.melding());
            out.println("    reason: " + (b.reden() == null ? "NONE — give one with '# reden " + b.code() + ": …'"
                    : b.reden()));
        }
        out.println("refusals: " + (review.weigeringen().isEmpty() ? "none" : ""));
        review.weigeringen().forEach(w -> out.println("  " + w));
        out.println();
        out.println(review.acceptable() ? "acceptable: propose it with POST /api/v1/parametersets"
                : "NOT acceptable: " + review.weigeringen().size() + " refusal(s), " + review.unreasoned().size()
                + " finding(s) without a reason");
        out.flush();
    }

    private static String value(Verschil v, Long value) {
        return value == null ? "-" : ParameterSetDocument.waarde(v.key(), value);
    }
}
