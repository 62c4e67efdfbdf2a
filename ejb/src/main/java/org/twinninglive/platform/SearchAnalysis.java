package org.twinninglive.platform;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How names of people and schools are cut into searchable words (F1): lower case and without accents, so that
 * "jose" finds "José"; prefixes too, so that "ali" finds "Alice" while she is being typed.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Whole words, case- and accent-insensitive. */
    public static final String NAME = "person_name";
    /** Every prefix of every word (1 to 20 characters); searched with {@link #NAME}. */
    public static final String NAME_PREFIX = "person_name_prefix";
    /** One lower-case, accent-free keyword, for sorting by name. */
    public static final String SORT = "person_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(NAME_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
