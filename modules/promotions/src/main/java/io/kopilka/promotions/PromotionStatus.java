package io.kopilka.promotions;

/** Where a promotion is in its life; a scheduled one becomes active by itself when its period starts. */
public enum PromotionStatus { DRAFT, SCHEDULED, ACTIVE, PAUSED, ENDED }
