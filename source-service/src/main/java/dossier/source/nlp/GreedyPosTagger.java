package dossier.source.nlp;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence as OpenNLP's POSTaggerME does with a beam of one, from the same model, context
 * generator and tag validator, but choosing each tag as the valid outcome with the largest sum of
 * feature weights. The beam search turns those sums into probabilities first (an exponential per
 * tag and token, {@code StrictMath.exp} in OpenNLP 2.5) and sorts them; with one sequence kept, the
 * largest probability is the largest sum (a uniform prior, a monotone softmax), so the tags are the
 * same — {@code GreedyPosTaggerTest} compares the two on whole articles. Not thread-safe.
 */
final class GreedyPosTagger {

    private static final Object[] NO_CONTEXT = {};

    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final double[] sums;

    @SuppressWarnings("unchecked")
    GreedyPosTagger(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
            throw new IllegalArgumentException("the POS model is not a maxent (GIS) model");
        }
        Object[] parts = gis.getDataStructures();
        this.features = (Map<String, Context>) parts[1];
        this.outcomes = (String[]) parts[2];
        this.sums = new double[outcomes.length];
        this.contexts = model.getFactory().getPOSContextGenerator(0);
        this.validator = model.getFactory().getSequenceValidator();
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] prior = Arrays.copyOf(tags, i);
            Arrays.fill(sums, 0);
            for (String feature : contexts.getContext(i, words, prior, NO_CONTEXT)) {
                Context c = features.get(feature);
                if (c == null) {
                    continue;
                }
                int[] to = c.getOutcomes();
                double[] weights = c.getParameters();
                for (int k = 0; k < to.length; k++) {
                    sums[to[k]] += weights[k];
                }
            }
            tags[i] = best(i, words, prior);
        }
        return tags;
    }

    /** The valid outcome with the largest sum; if the validator allows none, the largest of all. */
    private String best(int i, String[] words, String[] prior) {
        int top = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[top]) {
                top = o;
            }
        }
        if (validator.validSequence(i, words, prior, outcomes[top])) {
            return outcomes[top];
        }
        int best = -1;
        for (int o = 0; o < sums.length; o++) {
            if ((best < 0 || sums[o] > sums[best]) && validator.validSequence(i, words, prior, outcomes[o])) {
                best = o;
            }
        }
        return outcomes[best < 0 ? top : best];
    }
}
