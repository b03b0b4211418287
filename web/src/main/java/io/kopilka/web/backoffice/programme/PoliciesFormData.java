package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.TierQualification;
import org.jspecify.annotations.Nullable;

/** The form an administrator edits the programme's policies with (a bean, so errors bind to its fields). */
public class PoliciesFormData {

    private @Nullable String qualification;
    private @Nullable String qualificationWindowMonths;
    private @Nullable String availability;
    private @Nullable String settlementDay;
    private @Nullable String hoursAfterPurchase;
    private @Nullable String expiry;
    private @Nullable String expiryMonths;
    private @Nullable String monthlyCashbackCap;

    static PoliciesFormData of(ProgrammePolicies policies) {
        PoliciesFormData form = new PoliciesFormData();
        form.qualification = policies.qualification().model().name();
        form.qualificationWindowMonths = policies.qualification().model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW
                ? String.valueOf(policies.qualification().windowMonths()) : "";
        form.availability = policies.availability().rule().name();
        int value = policies.availability().value();
        form.settlementDay = policies.availability().rule() == PointsAvailability.Rule.ON_DELIVERY_MONTHLY ? String.valueOf(value) : "";
        form.hoursAfterPurchase = policies.availability().rule() == PointsAvailability.Rule.HOURS_AFTER_PURCHASE ? String.valueOf(value) : "";
        form.expiry = policies.expiry().rule().name();
        form.expiryMonths = String.valueOf(policies.expiry().months());
        Long cap = policies.monthlyCashbackCap();
        form.monthlyCashbackCap = cap == null ? "" : String.valueOf(cap);
        return form;
    }

    public @Nullable String getQualification() {
        return qualification;
    }

    public void setQualification(@Nullable String qualification) {
        this.qualification = qualification;
    }

    public @Nullable String getQualificationWindowMonths() {
        return qualificationWindowMonths;
    }

    public void setQualificationWindowMonths(@Nullable String qualificationWindowMonths) {
        this.qualificationWindowMonths = qualificationWindowMonths;
    }

    public @Nullable String getAvailability() {
        return availability;
    }

    public void setAvailability(@Nullable String availability) {
        this.availability = availability;
    }

    public @Nullable String getSettlementDay() {
        return settlementDay;
    }

    public void setSettlementDay(@Nullable String settlementDay) {
        this.settlementDay = settlementDay;
    }

    public @Nullable String getHoursAfterPurchase() {
        return hoursAfterPurchase;
    }

    public void setHoursAfterPurchase(@Nullable String hoursAfterPurchase) {
        this.hoursAfterPurchase = hoursAfterPurchase;
    }

    public @Nullable String getExpiry() {
        return expiry;
    }

    public void setExpiry(@Nullable String expiry) {
        this.expiry = expiry;
    }

    public @Nullable String getExpiryMonths() {
        return expiryMonths;
    }

    public void setExpiryMonths(@Nullable String expiryMonths) {
        this.expiryMonths = expiryMonths;
    }

    public @Nullable String getMonthlyCashbackCap() {
        return monthlyCashbackCap;
    }

    public void setMonthlyCashbackCap(@Nullable String monthlyCashbackCap) {
        this.monthlyCashbackCap = monthlyCashbackCap;
    }
}
