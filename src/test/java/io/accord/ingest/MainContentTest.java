package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentTest {

    private static final String ARTICLE = "<p>Verizon Communications agreed on Monday to buy MCI for $6.7 billion,"
            + " beating a rival offer from Qwest, the companies said in a joint statement.</p>".repeat(1)
            + "<p>The deal, which regulators must approve, would give Verizon a national network for business"
            + " customers and end months of uncertainty for MCI's shareholders and staff.</p>"
            + "<p>Shares in MCI rose 3% in early trading in New York after the announcement, while Verizon's fell"
            + " slightly as investors weighed the cost of the purchase against its benefits.</p>";

    @Test
    void theArticleWithoutNavigationBannersOrRelatedStories() {
        Document doc = Jsoup.parse("<html><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li>"
                + "</ul></nav><div class=\"modal gdpr\">Please accept our privacy terms and cookies to continue</div>"
                + "<div role=\"dialog\">Sign up for our newsletter today</div>"
                + "<article><h1>Verizon buys MCI</h1><figure><img src=\"/i.jpg\"><figcaption>Ivan Seidenberg in New"
                + " York. Photograph: Agency</figcaption></figure>" + ARTICLE + "</article>"
                + "<div class=\"related-stories\"><a href=/a>Qwest walks away from MCI bid</a><a href=/b>Other</a></div>"
                + "<footer>Copyright 2005 The Paper</footer></body></html>");
        Element main = MainContent.of(doc, "https://news.example.com/verizon-mci");
        assertNotNull(main);
        String text = HtmlText.text(main);
        assertTrue(text.contains("Verizon Communications agreed on Monday to buy MCI"), text);
        assertTrue(text.contains("Shares in MCI rose 3%"), text);
        for (String chrome :
                new String[] {"Home", "privacy terms", "newsletter", "Qwest walks away", "Copyright", "Photograph"}) {
            assertFalse(text.contains(chrome), chrome + " in: " + text);
        }
    }

    @Test
    void whatAReaderCannotSeeIsNotRead() {
        Document doc = Jsoup.parse("<body><div hidden>Hidden deal text</div><div style=\"display: none\">None</div>"
                + "<div aria-hidden=\"true\">Aria</div><div>" + ARTICLE + "</div></body>");
        MainContent.dropUnseen(doc);
        String text = doc.body().text();
        assertFalse(text.contains("Hidden deal text") || text.contains("None") || text.contains("Aria"), text);
        assertTrue(text.contains("Verizon Communications"));
    }
}
