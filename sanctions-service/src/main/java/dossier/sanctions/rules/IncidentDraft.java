package dossier.sanctions.rules;

import dossier.model.v1.Role;
import dossier.sanctions.domain.Amount;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.Interval;
import dossier.sanctions.domain.Modality;
import dossier.sanctions.measures.ItemClassification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An incident while it is being assembled and evaluated (mutable, local to one evaluation). */
public final class IncidentDraft {
    /** Incident kinds: the event model's transfer and employment, and arms-related "service" (assistance, training). */
    public static final String TRANSFER = dossier.support.model.EventModel.wire(dossier.model.v1.EventKind.EVENT_KIND_TRANSFER);
    public static final String EMPLOYMENT = dossier.support.model.EventModel.wire(dossier.model.v1.EventKind.EVENT_KIND_EMPLOYMENT);
    public static final String SERVICE = "service";
    public static final String ALLEGED = "alleged_";
    String id;
    String kind;                 // transfer, alleged_transfer, service, alleged_service, employment, alleged_employment
    PartyRef giver = PartyRef.NONE;
    PartyRef recipient = PartyRef.NONE;
    /** Item-side and other parties by role: manufacturer, carrier, operator, intermediary, beneficiary. */
    final Map<Role, List<PartyRef>> others = new LinkedHashMap<>();
    final List<ClaimFact> claims = new ArrayList<>();
    final Set<String> giverStates = new LinkedHashSet<>();
    final Set<String> recipientStates = new LinkedHashSet<>();
    String giverStateBasis = "";
    String recipientStateBasis = "";
    String item = "";
    String itemNamed = "";       // the most specific of the item phrases, for display
    List<ClaimFact> itemClaims = new ArrayList<>();
    ItemClassification classification;
    Interval interval = Interval.OPEN;
    String intervalNote = "";
    ClaimFact dateClaim;
    Modality modality = Modality.UNSPECIFIED;
    final List<ClaimFact> confirmations = new ArrayList<>();
    final List<ClaimFact> denials = new ArrayList<>();
    /** Claims by asserter kind (official, investigator, state-media, anonymous, press) and who spoke. */
    final Map<ClaimFact, String> asserters = new LinkedHashMap<>();
    final Map<ClaimFact, String> asserterNames = new LinkedHashMap<>();
    final Set<String> independentSources = new LinkedHashSet<>();
    int independentLines;
    final Set<String> hedges = new LinkedHashSet<>();
    final List<String> conflictNotes = new ArrayList<>();
    /** The value of the item as the text gives it (null when none); USD only is compared with floors. */
    Amount value;
    /** Words of the incident's claims (sentences, summaries, items) for exemption and knowledge evidence. */
    String text = "";

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public boolean alleged() {
        return kind.startsWith(ALLEGED);
    }

    public PartyRef giver() {
        return giver;
    }

    public PartyRef recipient() {
        return recipient;
    }

    public List<ClaimFact> claims() {
        return claims;
    }

    public Set<String> giverStates() {
        return giverStates;
    }

    public Set<String> recipientStates() {
        return recipientStates;
    }

    public ItemClassification classification() {
        return classification;
    }

    public boolean employment() {
        return kind.endsWith(EMPLOYMENT);
    }

    public boolean service() {
        return kind.endsWith(SERVICE);
    }

    /** The kind without "alleged_". */
    public String baseKind() {
        return kind.startsWith(ALLEGED) ? kind.substring(ALLEGED.length()) : kind;
    }

    public Interval interval() {
        return interval;
    }

    public Map<Role, List<PartyRef>> others() {
        return others;
    }

    public boolean denied() {
        return !denials.isEmpty();
    }
}
