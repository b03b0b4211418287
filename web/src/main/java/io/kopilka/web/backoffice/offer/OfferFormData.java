package io.kopilka.web.backoffice.offer;

import java.util.ArrayList;
import java.util.List;

/** The consultant's offer form: the region and network of the shop, and the items the customer looked at. */
public class OfferFormData {

    /** Rows a fresh form offers. */
    static final int FRESH_ROWS = 3;
    /** The most rows a sheet takes (one page of paper). */
    static final int MAX_ROWS = 12;

    private String region = "";
    private String network = "";
    private List<OfferItemFormData> items = new ArrayList<>();

    /** A form with empty rows, in the given region and network. */
    static OfferFormData fresh(String region, String network) {
        OfferFormData form = new OfferFormData();
        form.setRegion(region);
        form.setNetwork(network);
        for (int i = 0; i < FRESH_ROWS; i++) {
            form.items.add(new OfferItemFormData());
        }
        return form;
    }

    /** Adds an empty row, up to {@link #MAX_ROWS}. */
    void addRow() {
        if (items.size() < MAX_ROWS) {
            items.add(new OfferItemFormData());
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public List<OfferItemFormData> getItems() {
        return items;
    }

    public void setItems(List<OfferItemFormData> items) {
        this.items = items;
    }
}
