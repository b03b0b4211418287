package io.kopilka.programme;

/** How customers reach a tier: by their purchase sum over a rolling window of months, or by purchase count kept for life. */
public record TierQualification(Model model, int windowMonths) {

    /** The two qualification models of the case studies. */
    public enum Model { PURCHASE_SUM_IN_WINDOW, PURCHASE_COUNT_FOR_LIFE }

    /** Purchase sum over the last {@code months} months (NBCom: 14). */
    public static TierQualification purchaseSumOver(int months) {
        return new TierQualification(Model.PURCHASE_SUM_IN_WINDOW, months);
    }

    /** Purchase count; a tier once reached is kept for life (Foam). */
    public static TierQualification purchaseCountForLife() {
        return new TierQualification(Model.PURCHASE_COUNT_FOR_LIFE, 0);
    }
}
