package io.trazo.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * query's page view bound into {@link PageView} as it streams in (issue 18): what the page shows is read, members it
 * does not show are skipped at any depth, and what query leaves out reads as the tree this replaced read it.
 */
class PageViewReadTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theMembersThePageShowsAreReadAndTheRestSkippedAtAnyDepth() throws Exception {
        PageView view = QueryClient.read(json("""
                {'lot':'urn:x','unheard':{'deep':[1,{'a':'b'}]},
                 'summary':{'head':'ab','quantity':{'amount':24,'uom':'H87','extra':true},
                   'plotsOfOrigin':[{'name':'La Cumbre','owner':'urn:o','country':'CO','areaHa':'2.8','coordinates':[['-75.4813','5.0377']]}],
                   'claims':[{'claim':'organic','certificate':'c1','validAtEvent':true,'status':'valid','level':null,
                              'lots':['l'],'reasons':[{'reason':'TAINTED_BY_SUSPENSION','detail':'long text','records':['r']}]}]},
                 'verification':{'ok':true,'records':87,'failed':0,'store':{'ok':true,'check':null,'logTreeSize':26040,'loggedRecords':87,'notYetLogged':0},
                   'reports':[{'type':'event','hash':'h1','ok':false,'links':[{'lot':'l','previous':'p'}],
                     'signatures':[{'keyId':'k','signer':'urn:s','keyKnown':true,'validAtTime':true,'notRevoked':true,'roleAllowed':true,'signatureValid':true}],
                     'findings':[{'code':'SIGNATURE','detail':'d'}]}]},
                 'journey':{'steps':[{'time':'2026-03-01T02:13:00Z','bizStep':'b','inputs':['i'],'quantities':[{'amount':500.50,'uom':'KGM'}],
                   'place':{'name':'Puerto','function':'port','locality':'Buenaventura','coordinates':['-77.03','3.88']},'record':'r1'}]},
                 'extensions':{'r1':{'event':{'trazo:pricePaid':{'amount':'2.10','producerConsent':true}},'ilmd':{'trazo:variety':'Castillo'}}},
                 'certificates':{'c1':{'validFrom':'2026-03-01T00:00:00.000Z','validUntil':null}},
                 'actors':{'urn:o':'Asomucafé'}}
                """), PageView.class);
        assertThat(view.summary().quantity()).isEqualTo(new PageView.Quantity("24", "H87"));
        assertThat(view.summary().plotsOfOrigin()).containsExactly(new PageView.Plot("La Cumbre", "urn:o", "CO", List.of(List.of("-75.4813", "5.0377"))));
        assertThat(view.summary().claims().get(0).reasons()).containsExactly(new PageView.Reason("TAINTED_BY_SUSPENSION"));
        assertThat(view.summary().claims().get(0).level()).isNull();
        PageView.Report report = view.verification().reports().get(0);
        assertThat(report.signatures().get(0).ok()).isTrue();
        assertThat(report.findings()).containsExactly(new PageView.Finding("SIGNATURE"));
        assertThat(view.verification().store().logTreeSize()).isEqualTo(26040);
        PageView.Step step = view.journey().steps().get(0);
        assertThat(step.quantities().get(0).amount()).as("a number as query wrote it").isEqualTo("500.50");
        assertThat(step.place().coordinates()).containsExactly("-77.03", "3.88");
        assertThat(view.extensions().get("r1").event().get("trazo:pricePaid").path("producerConsent").asBoolean()).isTrue();
        assertThat(view.extensions().get("r1").ilmd().get("trazo:variety").asString()).isEqualTo("Castillo");
        assertThat(view.certificates().get("c1")).isEqualTo(new PageView.Validity("2026-03-01T00:00:00.000Z", null));
        assertThat(view.actors()).containsEntry("urn:o", "Asomucafé");
    }

    @Test
    void whatQueryLeavesOutReadsAsEmptyFalseOrZeroAndAStoreWithoutAVerdictAsSound() throws Exception {
        PageView view = QueryClient.read(json("""
                {'summary':{'claims':[{'claim':'organic','validAtEvent':null}]},
                 'verification':{'ok':true,'records':null,'store':{'check':'record-hash'},'reports':[{'type':'event'}]},
                 'journey':{'steps':[{'time':'2026-03-01T02:13:00Z','place':null}]}}
                """), PageView.class);
        assertThat(view.summary().plotsOfOrigin()).isEmpty();
        assertThat(view.summary().quantity()).isNull();
        assertThat(view.summary().claims().get(0).validAtEvent()).isFalse();
        assertThat(view.summary().claims().get(0).reasons()).isEmpty();
        assertThat(view.verification().records()).isZero();
        assertThat(view.verification().store().ok()).as("no verdict: the page takes the store as sound").isNull();
        assertThat(view.verification().reports().get(0).signatures()).isEmpty();
        assertThat(view.journey().steps().get(0).place()).isNull();
        assertThat(view.journey().steps().get(0).quantities()).isEmpty();
        assertThat(view.extensions()).isEmpty();
        assertThat(view.certificates()).isEmpty();
        assertThat(view.actors()).isEmpty();
        PageView empty = QueryClient.read(json("{}"), PageView.class);
        assertThat(empty.verification().reports()).isEmpty();
        assertThat(empty.verification().store().ok()).isNull();
        assertThat(empty.journey().steps()).isEmpty();
    }

    @Test
    void aTruncatedAnswerIsAnErrorNotAPartialPage() {
        assertThatThrownBy(() -> QueryClient.read(json("{'summary':{'head':'ab'},'journey':{'steps':[{'time':'2026"), PageView.class))
                .isInstanceOf(JacksonException.class);
    }
}
