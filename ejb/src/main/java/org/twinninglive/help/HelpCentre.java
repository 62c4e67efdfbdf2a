package org.twinninglive.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.people.Language;

/**
 * The help centre's content per language (en, es, fr, de; any other reads English), read once
 * from its bundle, and its search: every word asked must appear in an article; matches in the
 * question weigh most.
 */
@ApplicationScoped
public class HelpCentre {

    private static final String BUNDLE = "org.twinninglive.help.HelpCentre";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The base bundle is English: never the server's own language in its place. */
    private static final ResourceBundle.Control ENGLISH_BASE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    @ConfigProperty(name = "support.email", defaultValue = "support@example.org")
    String supportEmail;

    private final Map<Language, List<HelpTopic>> topicsByLanguage = new ConcurrentHashMap<>();

    public String supportEmail() {
        return supportEmail;
    }

    public List<HelpTopic> topics(Locale locale) {
        var language = Language.find(locale == null ? null : locale.getLanguage()).orElse(Language.DEFAULT);
        return topicsByLanguage.computeIfAbsent(language, this::load);
    }

    /** Articles matching every word of the query, best first; a blank query finds nothing. */
    public List<HelpArticle> search(String query, Locale locale) {
        var words = Arrays.stream(normalise(query == null ? "" : query).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(HelpArticle article, int score) {
        }
        return topics(locale).stream()
                .flatMap(topic -> topic.articles().stream())
                .map(article -> new Scored(article, score(article, words)))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .map(Scored::article)
                .toList();
    }

    private static int score(HelpArticle article, List<String> words) {
        String question = normalise(article.question());
        String keywords = normalise(article.keywords());
        String answer = normalise(String.join(" ", article.paragraphs()));
        int score = 0;
        for (String word : words) {
            int found = (question.contains(word) ? 3 : 0) + (keywords.contains(word) ? 2 : 0) + (answer.contains(word) ? 1 : 0);
            if (found == 0) {
                return 0;
            }
            score += found;
        }
        return score;
    }

    /** Lower case without accents: "José" and "jose" are the same word. */
    static String normalise(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private List<HelpTopic> load(Language language) {
        var bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), HelpCentre.class.getClassLoader(), ENGLISH_BASE);
        var articles = list(bundle, "articles").stream()
                .map(slug -> new HelpArticle(slug,
                        bundle.getString("article." + slug + ".topic"),
                        bundle.getString("article." + slug + ".question"),
                        List.of(bundle.getString("article." + slug + ".answer")
                                .replace("{supportEmail}", supportEmail)
                                .split("\\n\\n")),
                        bundle.containsKey("article." + slug + ".keywords") ? bundle.getString("article." + slug + ".keywords") : ""))
                .toList();
        var tutorials = list(bundle, "tutorials");
        return list(bundle, "topics").stream()
                .map(topic -> new HelpTopic(topic, bundle.getString("topic." + topic),
                        articles.stream().filter(article -> article.topic().equals(topic)).toList(),
                        tutorials.stream()
                                .filter(n -> bundle.getString("tutorial." + n + ".topic").equals(topic))
                                .map(n -> new HelpTopic.Tutorial(bundle.getString("tutorial." + n + ".title"),
                                        bundle.getString("tutorial." + n + ".path")))
                                .toList()))
                .toList();
    }

    private static List<String> list(ResourceBundle bundle, String key) {
        return Arrays.stream(bundle.getString(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
