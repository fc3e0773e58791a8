package dossier.sanctions.rules;

import dossier.sanctions.measures.ItemClassification;
import dossier.source.v1.Claim;
import dossier.source.v1.Modality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An incident while it is being assembled and evaluated (mutable, local to one evaluation). */
public final class IncidentDraft {
    String id;
    String kind;                 // "transfer" or "alleged_transfer"
    PartyRef giver = PartyRef.NONE;
    PartyRef recipient = PartyRef.NONE;
    final List<Claim> claims = new ArrayList<>();
    final Set<String> giverStates = new LinkedHashSet<>();
    final Set<String> recipientStates = new LinkedHashSet<>();
    String giverStateBasis = "";
    String recipientStateBasis = "";
    String item = "";
    String itemNamed = "";       // the most specific of the item phrases, for display
    List<Claim> itemClaims = new ArrayList<>();
    ItemClassification classification;
    String date = "";
    String dateBasis = "";
    Claim dateClaim;
    Modality modality = Modality.MODALITY_UNSPECIFIED;
    final List<Claim> confirmations = new ArrayList<>();
    final List<Claim> officialConfirmations = new ArrayList<>();
    final List<Claim> denials = new ArrayList<>();
    final Set<String> independentSources = new LinkedHashSet<>();
    int independentLines;
    final Set<String> hedges = new LinkedHashSet<>();
    final List<String> conflictNotes = new ArrayList<>();
    Double valueUsd;

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public PartyRef giver() {
        return giver;
    }

    public PartyRef recipient() {
        return recipient;
    }

    public List<Claim> claims() {
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

    public boolean confirmed() {
        return !officialConfirmations.isEmpty() || independentLines >= 2;
    }

    public boolean denied() {
        return !denials.isEmpty();
    }
}
