package dossier.source.domain;

import dossier.model.v1.EventKind;
import dossier.model.v1.Role;
import dossier.support.model.EventModel;

/**
 * The wire names of the declared model's roles and kinds that source-service's code names (its
 * data files name them directly and are checked against the model when loaded): one place, read
 * from the contract's enums, instead of a copy of each name in every class that uses it.
 */
public final class ModelNames {

    public static final String GIVER = EventModel.wire(Role.ROLE_GIVER);
    public static final String RECIPIENT = EventModel.wire(Role.ROLE_RECIPIENT);
    public static final String ITEM = EventModel.wire(Role.ROLE_ITEM);
    public static final String QUANTITY = EventModel.wire(Role.ROLE_QUANTITY);
    public static final String VALUE = EventModel.wire(Role.ROLE_VALUE);
    public static final String ORIGIN = EventModel.wire(Role.ROLE_ORIGIN);
    public static final String DESTINATION = EventModel.wire(Role.ROLE_DESTINATION);
    public static final String ROUTE = EventModel.wire(Role.ROLE_ROUTE);
    public static final String CARRIER = EventModel.wire(Role.ROLE_CARRIER);
    public static final String INTERMEDIARY = EventModel.wire(Role.ROLE_INTERMEDIARY);
    public static final String TIME = EventModel.wire(Role.ROLE_TIME);
    public static final String SPEAKER = EventModel.wire(Role.ROLE_SPEAKER);
    public static final String CONTENT = EventModel.wire(Role.ROLE_CONTENT);
    public static final String SUBJECT = EventModel.wire(Role.ROLE_SUBJECT);
    public static final String ATTRIBUTE = EventModel.wire(Role.ROLE_ATTRIBUTE);
    public static final String CHARACTERIZATION = EventModel.wire(Role.ROLE_CHARACTERIZATION);
    public static final String MEASURE = EventModel.wire(Role.ROLE_MEASURE);
    public static final String DELIVERED_TO = EventModel.wire(Role.ROLE_DELIVERED_TO);
    public static final String WORKER = EventModel.wire(Role.ROLE_WORKER);

    public static final String SHIPMENT = EventModel.wire(EventKind.EVENT_KIND_SHIPMENT);
    public static final String PROHIBITION = EventModel.wire(EventKind.EVENT_KIND_PROHIBITION);
    public static final String DENIAL = EventModel.wire(EventKind.EVENT_KIND_DENIAL);

    private ModelNames() {
    }
}
