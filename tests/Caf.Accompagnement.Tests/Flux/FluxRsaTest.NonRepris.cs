using Caf.Accompagnement.Flux;
using static Caf.Accompagnement.Tests.Flux.FragmentsFlux;

namespace Caf.Accompagnement.Tests.Flux;

/// <content>Les blocs du schéma que le modèle ne reprend pas sont sautés par leur nom ; un élément hors schéma est rapporté.</content>
public sealed partial class FluxRsaTest
{
    public static TheoryData<string, string> BlocsNonRepris => new()
    {
        { "<InfosFoyerRSA>", "<Controle><NATCONTR>X</NATCONTR><Inconnu/></Controle>" },
        { "<InfosFoyerRSA>", "<Anomalie><LIBANO>abc</LIBANO></Anomalie>" },
        { "<IdentificationRSA>", "<OrganismeCedant><NUMORG>402</NUMORG></OrganismeCedant>" },
        { "</Identification>", "<Ressources><MTRESS>12</MTRESS></Ressources>" },
        { "</Identification>", "<Activite><ACT>X</ACT></Activite>" },
        { "</Identification>", "<Grossesse/>" },
        { "</Identification>", "<PensionAlimentaire/>" },
        { "</Identification>", "<Rattachement><NIR>299999999999999</NIR></Rattachement>" },
    };

    /// <summary>Le dossier de test avec <paramref name="bloc"/> inséré après la première occurrence de <paramref name="apres"/>.</summary>
    private static string Inserer(string apres, string bloc)
    {
        var i = Dossier.IndexOf(apres, StringComparison.Ordinal) + apres.Length;
        return string.Concat(Dossier.AsSpan(0, i), bloc, Dossier.AsSpan(i));
    }

    [Theory]
    [MemberData(nameof(BlocsNonRepris))]
    public void Un_bloc_du_schema_non_repris_est_saute_par_son_nom(string apres, string bloc)
    {
        var dossier = Inserer(apres, bloc);
        Assert.NotEqual(Dossier, dossier);
        var lu = LireUn(dossier);
        Assert.True(lu.Accepte, string.Join(" | ", lu.Resultat.Erreurs));
    }

    [Theory]
    [InlineData("<InfosFoyerRSA>", "/Racine/InfosFoyerRSA[1]/BlocInconnu")]
    [InlineData("</Identification>", "/Racine/InfosFoyerRSA[1]/Personne[1]/BlocInconnu")]
    [InlineData("<DossierCAF>", "/Racine/InfosFoyerRSA[1]/Personne[1]/DossierCAF/BlocInconnu")]
    public void Un_element_hors_schema_est_rapporte_et_refuse_son_dossier(string apres, string chemin)
    {
        var dossier = Inserer(apres, "<BlocInconnu><X>1</X></BlocInconnu>");
        var (lus, resume) = Lire(Document(dossier, Dossier));
        var e = Assert.Single(lus[0].Resultat.Erreurs);
        Assert.Equal(("flux.element.inattendu", "BlocInconnu"), (e.Code, e.Champ));
        Assert.Contains(chemin, e.ToString(), StringComparison.Ordinal);
        Assert.True(lus[1].Accepte);
        Assert.Equal((2, 1, 1), (resume.Lus, resume.Acceptes, resume.Refuses));
    }
}
