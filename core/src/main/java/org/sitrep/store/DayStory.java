package org.sitrep.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A story told on a day: its articles of that day, their outlets, headlines and links (at most five). */
public record DayStory(long id, @Nullable String title, int articles, int outlets, List<String> headlines,
    List<String> urls) {}
