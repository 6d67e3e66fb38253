using System.Text;
using System.Xml;
using Caf.Accompagnement.Flux;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Flux;

/// <summary>
/// Le lecteur rapide des lots rend les nœuds du lecteur XML de .NET (aux réglages du lecteur du flux) sur tout lot
/// qu'il accepte, refuse tout lot mal formé, et accepte le XML simple qu'écrivent les applications.
/// </summary>
public sealed class LecteurXmlRapideProprietes
{
    // Des morceaux de fragment : balises (bien ou mal formées), textes simples et difficiles, blancs et fins de ligne.
    private static readonly string[] Noms = ["NOM", "DTNAI", "InfosFoyerRSA", "Personne", "a", "_x", "A-b.c_1", "Sk", "Skip"];
    private static readonly string[] NomsHorsDuSousEnsemble = ["p:NOM", "Nöm", "1A", "A:b"];

    private static readonly string[] TextesSimples =
        ["1", "2022-03-05", "PRENOM DEUX", "  espaces  ", "\t", "\n", "\r\n", "\r", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "é", "€", "😀", "]", "]]", "a>b", "'\"", "x\r\ny", "\r\r\n"];

    private static readonly string[] TextesDifficiles =
        [">", "&#65;", "&#x41;", "&foo;", "&", "&amp", "]]>", "\u0001", "\u000B", "\uFFFE", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", "<!DOCTYPE a>", "\uD800"];

    private static readonly string[] Blancs = ["", " ", "\n", "\t\t", "\r\n  ", "\r", "\n\n\t"];

    /// <summary>Un fragment : des éléments imbriqués, avec des textes ; <paramref name="difficile"/> y mêle l'inhabituel et le mal formé.</summary>
    private static Gen<string> Fragment(bool difficile)
    {
        var texte = difficile
            ? Gen.Frequency((6, Gen.Elements(TextesSimples)), (1, Gen.Elements(TextesDifficiles)))
            : Gen.Elements(TextesSimples);
        var nom = difficile
            ? Gen.Frequency((8, Gen.Elements(Noms)), (1, Gen.Elements(NomsHorsDuSousEnsemble)))
            : Gen.Elements(Noms);
        var ouvrante = difficile
            ? Gen.Elements("<{0}>", "<{0}>", "<{0} >", "<{0}\n>", "<{0}\r\n\t>", "<{0} a=\"1\">", "< {0}>", "<{0}")
            : Gen.Elements("<{0}>", "<{0}>", "<{0} >", "<{0}\t >");
        var fermante = difficile
            ? Gen.Elements("</{0}>", "</{0}>", "</{0} >", "</{0}\n>", "</{0}\r>", "</{0}x>", "</ {0}>", "</{0}")
            : Gen.Elements("</{0}>", "</{0}>", "</{0}  >", "</{0}\t>");
        var vide = difficile ? Gen.Elements("<{0}/>", "<{0} />", "<{0}\t/>", "<{0}\n/>", "<{0}/ >") : Gen.Elements("<{0}/>", "<{0} />", "<{0}\t/>");

        Gen<string> Element(int profondeur) =>
            from n in nom
            from sorte in Gen.Choose(0, profondeur >= 3 ? 2 : 4)
            from o in ouvrante
            from f in fermante
            from v in vide
            from blancs in Gen.Elements(Blancs)
            from contenu in sorte switch
            {
                0 => Gen.Constant(string.Empty),
                1 or 2 => texte.ArrayOf().Select(t => string.Concat(t.Take(4))),
                _ => Gen.Sized(_ => Element(profondeur + 1).ArrayOf().Select(e => string.Concat(e.Take(3).Select(x => x + "\n\t")))),
            }
            select sorte == 0 ? blancs + string.Format(v, n) : blancs + string.Format(o, n) + contenu + string.Format(f, n);

        return from elements in Element(0).ArrayOf()
               from fin in Gen.Elements(Blancs)
               select string.Concat(elements.Take(5)) + fin;
    }

    private static Gen<byte[]> Octets(bool difficile) =>
        from texte in Fragment(difficile)
        from abime in difficile ? Gen.Frequency((9, Gen.Constant(-1)), (1, Gen.Choose(0, 1000))) : Gen.Constant(-1)
        select Abimer(Encoding.UTF8.GetBytes(texte), abime);

    /// <summary>Remplace un octet par un octet d'UTF-8 invalide (ou par un octet nul), en un point du fragment.</summary>
    private static byte[] Abimer(byte[] octets, int ou)
    {
        if (ou < 0 || octets.Length == 0)
        {
            return octets;
        }

        var copie = (byte[])octets.Clone();
        copie[(int)((long)(copie.Length - 1) * ou / 1000)] = ou % 2 == 0 ? (byte)0xC3 : (byte)0x00;
        return copie;
    }

    /// <summary>Les nœuds d'un lecteur, en un parcours qui passe (<see cref="XmlReader.Skip"/>) les éléments nommés Sk.</summary>
    private static List<string> Noeuds(XmlReader lecteur)
    {
        var lignes = (IXmlLineInfo)lecteur;
        var noeuds = new List<string>();
        lecteur.MoveToContent();
        while (!lecteur.EOF)
        {
            var valeur = lecteur is LecteurXmlRapide rapide ? rapide.ValeurCourante().ToString() : lecteur.Value;
            var morceaux = lecteur.NodeType == XmlNodeType.Text ? ParMorceaux(lecteur) : string.Empty;
            noeuds.Add($"{lecteur.NodeType} {lecteur.LocalName} {lecteur.IsEmptyElement} {lecteur.Depth} L{lignes.LineNumber} [{lecteur.Value}] [{valeur}] [{morceaux}]");
            if (lecteur.NodeType == XmlNodeType.Element && lecteur.LocalName == "Sk")
            {
                lecteur.Skip();
            }
            else
            {
                lecteur.Read();
            }
        }

        return noeuds;
    }

    private static string ParMorceaux(XmlReader lecteur)
    {
        if (!lecteur.CanReadValueChunk)
        {
            return lecteur.Value;
        }

        var tampon = new char[3];
        var sb = new StringBuilder();
        int n;
        while ((n = lecteur.ReadValueChunk(tampon, 0, tampon.Length)) > 0)
        {
            sb.Append(tampon, 0, n);
        }

        return sb.ToString();
    }

    /// <summary>Les nœuds que rend le lecteur XML de .NET aux réglages d'un lot, ou null s'il refuse le fragment.</summary>
    private static List<string>? NoeudsDotNet(byte[] octets)
    {
        var noms = new Noms();
        var reglages = LecteurFluxRsa.Reglages(noms);
        reglages.ConformanceLevel = ConformanceLevel.Fragment;
        try
        {
            using var x = XmlReader.Create(new MemoryStream(octets), reglages, new XmlParserContext(noms.Table, null, null, XmlSpace.None, Encoding.UTF8));
            return Noeuds(x);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static List<string>? NoeudsRapides(byte[] octets, LecteurXmlRapide? lecteur = null)
    {
        lecteur ??= new LecteurXmlRapide(new Noms().Table);
        var tampon = new byte[octets.Length + 7];
        octets.CopyTo(tampon, 0);
        lecteur.Charger(tampon, octets.Length);
        try
        {
            return Noeuds(lecteur);
        }
        catch (LecteurXmlRapide.HorsDuSousEnsemble)
        {
            return null;
        }
    }

    [Property(MaxTest = 2000)]
    public Property Un_lot_accepte_rend_les_noeuds_du_lecteur_XML() =>
        Prop.ForAll(Octets(difficile: true).ToArbitrary(), octets =>
        {
            var rapides = NoeudsRapides(octets);
            var attendus = NoeudsDotNet(octets);
            return (rapides is null || (attendus is not null && rapides.SequenceEqual(attendus)))
                .Label($"{Convert.ToHexString(octets)}\n{Encoding.UTF8.GetString(octets)}\n--\n{(rapides is null ? "refusé" : string.Join("\n", rapides))}\n--\n{(attendus is null ? "refusé" : string.Join("\n", attendus))}")
                .Classify(rapides is not null, "accepté");
        });

    [Property(MaxTest = 1000)]
    public Property Un_lot_simple_est_accepte_et_rend_les_noeuds_du_lecteur_XML() =>
        Prop.ForAll(Octets(difficile: false).ToArbitrary(), octets =>
        {
            var attendus = NoeudsDotNet(octets);
            var rapides = NoeudsRapides(octets);
            return (attendus is not null && rapides is not null && rapides.SequenceEqual(attendus))
                .Label($"{Encoding.UTF8.GetString(octets)}\n--\n{(rapides is null ? "refusé" : string.Join("\n", rapides))}\n--\n{(attendus is null ? "refusé" : string.Join("\n", attendus))}");
        });

    /// <summary>
    /// Sur un élément dont le contenu n'est pas un texte seul, le texte simple est refusé et le lecteur reste où il
    /// était : la suite des nœuds est celle du lecteur XML.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property Un_texte_simple_refuse_laisse_le_lecteur_ou_il_etait() =>
        Prop.ForAll(Octets(difficile: false).ToArbitrary(), octets =>
        {
            var lecteur = new LecteurXmlRapide(new Noms().Table);
            lecteur.Charger(octets, octets.Length);
            lecteur.MoveToContent();
            var simple = lecteur.EOF || lecteur.TexteSimple(out _);
            return (simple || Noeuds(lecteur).SequenceEqual(NoeudsDotNet(octets)!)).Classify(simple, "texte simple");
        });

    [Theory]
    [InlineData("<DTNAI>2022-03-05</DTNAI><B/>", "2022-03-05")]
    [InlineData("<DTNAI/><B/>", "")]
    [InlineData("<DTNAI></DTNAI ><B/>", "")]
    [InlineData("<DTNAI>\r\n a &amp; b\r\n</DTNAI>\n<B/>", "\n a & b\n")]
    [InlineData("<DTNAI> </DTNAI><B/>", "")]
    public void Un_texte_simple_est_rendu_et_sa_balise_fermante_passee(string fragment, string attendu)
    {
        var octets = Encoding.UTF8.GetBytes(fragment);
        var lecteur = new LecteurXmlRapide(new Noms().Table);
        lecteur.Charger(octets, octets.Length);
        lecteur.MoveToContent();
        Assert.True(lecteur.TexteSimple(out var texte));
        Assert.Equal(attendu, texte.ToString());
        Assert.Equal(NoeudsDotNet(octets)![^1], Noeuds(lecteur).Single());
    }

    [Theory]
    [InlineData("<A>1</B>")]
    [InlineData("<A>1")]
    [InlineData("</A>")]
    [InlineData("<A>x]]>y</A>")]
    [InlineData("<A>&bogus;</A>")]
    [InlineData("<A>&#65;</A>")]
    [InlineData("<A><!-- c --></A>")]
    [InlineData("<A b=\"1\"/>")]
    [InlineData("<p:A/>")]
    [InlineData("texte<A/>")]
    [InlineData("<A>\u0001</A>")]
    [InlineData("<Nöm/>")]
    [InlineData("<A\n></A\n>\n<B/>")]
    [InlineData("<A></A\r\n>")]
    public void Un_lot_hors_du_sous_ensemble_ou_mal_forme_est_laisse_au_lecteur_XML(string fragment)
    {
        Assert.Null(NoeudsRapides(Encoding.UTF8.GetBytes(fragment)));
    }

    [Fact]
    public void Un_octet_UTF8_invalide_laisse_le_lot_au_lecteur_XML()
    {
        Assert.Null(NoeudsRapides([.. "<A>"u8, 0xC3, 0x28, .. "</A>"u8]));
        Assert.Null(NoeudsRapides([.. "<A>"u8, 0xEF, 0xBF, 0xBF, .. "</A>"u8]));
    }

    [Fact]
    public void Un_lecteur_sert_a_plusieurs_lots_et_rend_les_lignes_du_lecteur_XML()
    {
        var lecteur = new LecteurXmlRapide(new Noms().Table);
        var premier = "\r\n<A>\r\n  un\r\n</A>\r<B/>"u8.ToArray();
        var second = "  <C>&lt;deux&gt;</C>\n"u8.ToArray();
        Assert.Equal(NoeudsDotNet(premier), NoeudsRapides(premier, lecteur));
        Assert.Null(NoeudsRapides("<A>"u8.ToArray(), lecteur));
        Assert.Equal(NoeudsDotNet(second), NoeudsRapides(second, lecteur));
        Assert.Contains("Text  False 1 L2 [] [\n  un\n] [\n  un\n]", NoeudsRapides(premier, lecteur)!);
    }

    /// <summary>
    /// Les dossiers qu'écrit la bibliothèque, tels quels, en fins de ligne Windows ou CR, ou tout sur une ligne, sont lus
    /// par le lecteur rapide : aucun lot n'échoit au lecteur XML (le test échoue si le lecteur rapide cesse de servir).
    /// </summary>
    [Fact]
    public void Un_flux_ecrit_par_la_bibliotheque_est_lu_entierement_par_le_lecteur_rapide()
    {
        var reference = new LocalDate(2022, 2, 28);
        var dossiers = Caf.Accompagnement.Testing.GenerateursCaf.DossierRsa(reference).Sample(200, new Rnd(3UL, 5UL), 40).ToArray();
        var ecrit = FluxRsaProprietes.Ecrire(dossiers);
        foreach (var forme in FluxRsaProprietes.Formes.Take(5))
        {
            var texte = forme(ecrit);
            var debut = texte.IndexOf("<InfosFoyerRSA>", StringComparison.Ordinal);
            var fin = texte.LastIndexOf("</InfosFoyerRSA>", StringComparison.Ordinal) + "</InfosFoyerRSA>".Length;
            var lot = Encoding.UTF8.GetBytes(texte[debut..fin]);
            var noeuds = NoeudsRapides(lot);
            Assert.NotNull(noeuds);
            Assert.Equal(NoeudsDotNet(lot), noeuds);
        }
    }
}
