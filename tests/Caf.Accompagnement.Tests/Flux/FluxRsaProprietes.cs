using System.Text;
using System.Xml.Linq;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Flux.FragmentsFlux;

namespace Caf.Accompagnement.Tests.Flux;

public sealed class FluxRsaProprietes
{
    private static readonly LocalDate Reference = new(2022, 2, 28);

    private static readonly EnteteFluxRsa EnteteDeTest =
        EnteteFluxRsa.Create("CRI", "0801", "M", "D", new LocalDate(2022, 3, 5), new LocalTime(1, 18, 36, 500), Reference).GetValueOrThrow();

    private static Arbitrary<DossierRsa[]> Dossiers() =>
        GenerateursCaf.DossierRsa(Reference).ArrayOf().Select(a => a.Take(12).ToArray()).ToArbitrary();

    internal static string Ecrire(IEnumerable<DossierRsa> dossiers)
    {
        using var texte = new StringWriter();
        FluxRsa.Ecrire(texte, EnteteDeTest, dossiers);
        return texte.ToString();
    }

    [Property(MaxTest = 100)]
    public Property Ecrire_puis_lire_rend_les_memes_dossiers() =>
        Prop.ForAll(Dossiers(), dossiers =>
        {
            using var octets = new MemoryStream();
            var ecrits = FluxRsa.Ecrire(octets, EnteteDeTest, dossiers);
            var (lus, resume) = Lire(octets.ToArray());
            return ecrits == dossiers.Length
                && lus.All(l => l.Accepte)
                && lus.Select(l => Empreinte(l.Resultat.Valeur)).SequenceEqual(dossiers.Select(Empreinte))
                && resume == new ResumeDeLecture(dossiers.Length, dossiers.Length, 0, dossiers.Length, true, resume.Erreurs) && resume.Erreurs.Count == 0;
        });

    private static readonly string[] Feuilles =
        ["MATRICULE", "NUMORG", "DTDEMRSA", "DTNAI", "ROLEPERS", "NATPREST", "TOPPERSDRODEVORSA", "SITFAM", "DDSITFAM", "NUMCOM", "RGADR",
         "ETATDOSRSA", "MOTISUSVERSRSA", "DDSUSVERSRSA", "MOTICLORSA", "DTCLORSA", "TOPSANSDOMFIXE", "FG", "DTLIQ", "DTREF", "NBTOTDOSRSATRANSM"];

    /// <summary>Une altération d'un flux écrit : supprimer, vider ou fausser un élément, ou couper le document.</summary>
    private static Gen<(int Sorte, int Feuille, int Occurrence, int Coupure)> Alterations() =>
        from sorte in Gen.Choose(0, 3)
        from feuille in Gen.Choose(0, Feuilles.Length - 1)
        from occurrence in Gen.Choose(0, 30)
        from coupure in Gen.Choose(0, 1000)
        select (sorte, feuille, occurrence, coupure);

    internal static string Alterer(string xml, (int Sorte, int Feuille, int Occurrence, int Coupure) a)
    {
        if (a.Sorte == 3)
        {
            return xml[..(int)((long)xml.Length * a.Coupure / 1000)];
        }

        var balise = $"<{Feuilles[a.Feuille]}>";
        var positions = new List<int>();
        for (var i = xml.IndexOf(balise, StringComparison.Ordinal); i >= 0; i = xml.IndexOf(balise, i + 1, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        if (positions.Count == 0)
        {
            return xml;
        }

        var debut = positions[a.Occurrence % positions.Count];
        var fermeture = $"</{Feuilles[a.Feuille]}>";
        var fin = xml.IndexOf(fermeture, debut, StringComparison.Ordinal) + fermeture.Length;
        var remplacement = a.Sorte switch
        {
            0 => string.Empty,
            1 => $"<{Feuilles[a.Feuille]}/>",
            _ => $"{balise}#?{fermeture}",
        };
        return string.Concat(xml.AsSpan(0, debut), remplacement, xml.AsSpan(fin));
    }

    [Property(MaxTest = 200)]
    public Property Les_dossiers_lus_sont_les_acceptes_plus_les_refuses() =>
        Prop.ForAll(Dossiers(), Alterations().ToArbitrary(), (dossiers, alteration) =>
        {
            var (lus, resume) = Lire(Alterer(Ecrire(dossiers), alteration));
            return resume.Lus == resume.Acceptes + resume.Refuses
                && resume.Lus == lus.Count
                && resume.Acceptes == lus.Count(l => l.Accepte)
                && lus.Select(l => l.Rang).SequenceEqual(Enumerable.Range(1, lus.Count))
                && resume.Lus <= dossiers.Length
                && (alteration.Sorte == 3 || Feuilles[alteration.Feuille] == "DTREF" || resume.Lus == dossiers.Length);
        });

    /// <summary>Un flux qui ne rend que quelques octets à chaque lecture, synchrone ou asynchrone (lectures fragmentées).</summary>
    private sealed class FluxParMorceaux(byte[] octets, int morceau) : MemoryStream(octets)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, morceau)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, morceau));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, morceau)], cancellationToken);
        }
    }

    private static string Issue(DossierLu l) =>
        $"{l.Rang}@{l.Ligne}:" + (l.Resultat.TryGetValue(out var d) ? Empreinte(d) : string.Join(" | ", l.Resultat.Erreurs));

    /// <summary>
    /// La lecture asynchrone rend exactement ce que rend la lecture synchrone (dossiers, rangs, lignes, erreurs, bilan),
    /// sur des flux écrits puis abîmés, lus par morceaux de taille quelconque, avec un tampon d'avance petit ou grand
    /// (dossiers plus grands que le tampon compris).
    /// </summary>
    [Property(MaxTest = 100)]
    public Property La_lecture_asynchrone_rend_ce_que_rend_la_lecture_synchrone() =>
        Prop.ForAll(
            Dossiers(),
            Alterations().ToArbitrary(),
            (from morceau in Gen.Elements(1, 7, 512, 1 << 16) from avance in Gen.Elements(1, 100, 4096, LectureFluxRsaAsync.Avance) select (morceau, avance)).ToArbitrary(),
            (dossiers, alteration, tailles) =>
            {
                var (morceau, avance) = tailles;
                var octets = Encoding.UTF8.GetBytes(Alterer(Ecrire(dossiers), alteration));
                var (attendus, resume) = Lire(octets);
                var lecture = new LectureFluxRsaAsync(new FluxParMorceaux(octets, morceau), CancellationToken.None, avance);
                var lus = new List<DossierLu>();
                var enumerateur = lecture.GetAsyncEnumerator();
                while (enumerateur.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    lus.Add(enumerateur.Current);
                }

                return (lus.Select(Issue).SequenceEqual(attendus.Select(Issue))
                        && lecture.Resume.ToString() == resume.ToString() && lecture.Resume.Erreurs.SequenceEqual(resume.Erreurs))
                    .Label($"{lus.Count} / {attendus.Count} ; {lecture.Resume} / {resume}");
            });

    [Fact]
    public async Task La_lecture_asynchrone_s_annule_entre_deux_dossiers()
    {
        var octets = Encoding.UTF8.GetBytes(Ecrire(FluxRsaTest.DossiersExemple()));
        using var annulation = new CancellationTokenSource();
        var lus = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in FluxRsa.LireAsync(new MemoryStream(octets), annulation.Token))
            {
                lus++;
                await annulation.CancelAsync();
            }
        });
        Assert.Equal(1, lus);

        var lecture = FluxRsa.LireAsync(new MemoryStream(octets));
        Assert.Equal(3, (await lecture.TerminerAsync()).Acceptes);
        Assert.Throws<InvalidOperationException>(() => lecture.GetAsyncEnumerator());
    }

    private static Gen<string> Noms() =>
        Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()).ArrayOf(10).Select(c => new string(c));

    private static Gen<string> Nirs() =>
        from sexe in Gen.Elements('1', '2')
        from chiffres in Gen.Elements("0123456789".ToCharArray()).ArrayOf(14)
        select sexe + new string(chiffres);

    [Property(MaxTest = 100)]
    public Property Aucune_erreur_ne_cite_un_nom_un_NIR_ou_un_matricule() =>
        Prop.ForAll(
            Dossiers(),
            (from nom in Noms() from nir in Nirs() from faute in Gen.Choose(0, 6) select (nom, nir, faute)).ArrayOf(12).ToArbitrary(),
            (dossiers, identites) =>
            {
                var document = XDocument.Parse(Ecrire(dossiers));
                var personnels = new List<string>();
                var rang = 0;
                foreach (var infos in document.Root!.Elements("InfosFoyerRSA"))
                {
                    var (nom, nir, faute) = identites[rang % identites.Length];
                    var matricule = infos.Element("IdentificationRSA")!.Element("Organisme")!.Element("MATRICULE")!;
                    personnels.Add(matricule.Value);
                    personnels.Add(matricule.Value[..7]);
                    personnels.Add(nom);
                    personnels.Add(nir);
                    foreach (var identification in infos.Elements("Personne").Select(p => p.Element("Identification")!))
                    {
                        identification.Element("NOM")!.Value = nom;
                        identification.Element("PRENOM")!.Value = nom;
                        identification.Element("NOMNAI")!.Value = nom;
                        identification.Add(new XElement("NIR", nir));
                        personnels.Add(identification.Element("DTNAI")!.Value);
                    }

                    var premiere = infos.Element("Personne")!.Element("Identification")!;
                    switch (faute)
                    {
                        case 1: premiere.Element("DTNAI")!.Value = nom; break;
                        case 2: matricule.Value = nir; break;
                        case 3: premiere.Element("DTNAI")!.Value = nir; break;
                        case 4: premiere.Element("NOM")!.ReplaceNodes(new XElement("X", nom)); break;
                        case 5: matricule.Value = matricule.Value + nom; break;
                        case 6: premiere.Element("DTNAI")!.Remove(); break;
                    }

                    rang++;
                }

                var (lus, resume) = Lire(document.ToString());
                var textes = lus.SelectMany(l => l.Resultat.Erreurs).Concat(resume.Erreurs)
                    .Select(e => string.Join("|", e.ToString(), e.Valeur, e.Chemin, e.Champ)).ToList();
                var dates = personnels.Where(p => p.Length == 10 && p[4] == '-').ToHashSet();
                return textes.All(t => personnels.Where(p => !dates.Contains(p)).All(p => !t.Contains(p, StringComparison.Ordinal)))
                    && lus.SelectMany(l => l.Resultat.Erreurs).Where(e => e.Champ == "DTNAI").All(e => e.Valeur is null or Erreur.ValeurMasquee);
            });

    /// <summary>
    /// Des formes de document que la lecture en lots doit traiter comme la lecture d'un trait : sauts de ligne CR LF ou
    /// CR, tout sur une ligne, marque d'ordre, ISO-8859-1, commentaire, section CDATA, dossier à attribut, vide ou
    /// imbriqué, transmission au milieu, texte entre deux dossiers, balise fermante à blanc, caractères hors du plan de base.
    /// </summary>
    internal static readonly Func<string, string>[] Formes =
    [
        x => x,
        x => x.Replace("\n", "\r\n", StringComparison.Ordinal),
        x => x.Replace("\n", "\r", StringComparison.Ordinal),
        x => x.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal),
        x => "\uFEFF" + x,
        x => x.Replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"", StringComparison.OrdinalIgnoreCase),
        x => Inserer(x, "</InfosFoyerRSA>", 1, "<!-- </InfosFoyerRSA> -->"),
        x => Inserer(x, "<Personne>", 2, "<![CDATA[ </InfosFoyerRSA> ]]>"),
        x => Inserer(x, "<InfosFoyerRSA", 1, " "),
        x => x.Replace("<InfosFoyerRSA>", "<InfosFoyerRSA a=\"1\">", StringComparison.Ordinal),
        x => Inserer(x, "</InfosFoyerRSA>", 0, "<InfosFoyerRSA/>"),
        x => Inserer(x, "<Personne>", 1, "<InfosFoyerRSA></InfosFoyerRSA>"),
        x => Inserer(x, "</InfosFoyerRSA>", 2, "<TransmissionFlux><NBTOTDOSRSATRANSM>3</NBTOTDOSRSATRANSM></TransmissionFlux>"),
        x => Inserer(x, "</InfosFoyerRSA>", 1, "texte"),
        x => x.Replace("</InfosFoyerRSA>", "</InfosFoyerRSA >", StringComparison.Ordinal),
        x => x.Replace("<NUMORG>", "<NUMORG>\U0001F600", StringComparison.Ordinal),
        x => Inserer(x, "</InfosFoyerRSA>", 0, "<Inattendu><InfosFoyerRSA></InfosFoyerRSA></Inattendu>"),
        x => Inserer(x, "</InfosFoyerRSA>", 1, "&inconnue;"),
        x => Inserer(x, "</InfosFoyerRSA>", 0, new string(' ', 5000)),
        x => Inserer(x, "</InfosFoyerRSA>", 1, "<"),
        x => Inserer(x, "</InfosFoyerRSA>", 0, "\u0001"),
    ];

    /// <summary>Insère <paramref name="ajout"/> après la <paramref name="rang"/>-ième occurrence de <paramref name="repere"/> (la dernière s'il y en a moins).</summary>
    private static string Inserer(string xml, string repere, int rang, string ajout)
    {
        var p = -1;
        for (var k = 0; k <= rang; k++)
        {
            var suivante = xml.IndexOf(repere, p + 1, StringComparison.Ordinal);
            if (suivante < 0)
            {
                break;
            }

            p = suivante;
        }

        return p < 0 ? xml : xml.Insert(p + repere.Length, ajout);
    }

    /// <summary>
    /// La lecture en lots parallèles rend exactement ce que rend la lecture d'un trait (dossiers, rangs, lignes,
    /// erreurs, bilan), sur des flux écrits, mis en forme, puis abîmés, lus par morceaux de taille quelconque.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property La_lecture_en_lots_paralleles_rend_ce_que_rend_la_lecture_d_un_trait() =>
        Prop.ForAll(
            Dossiers(),
            Alterations().ToArbitrary(),
            (from forme in Gen.Choose(0, Formes.Length - 1) from morceau in Gen.Elements(1, 7, 512, 1 << 16) from fils in Gen.Choose(2, 4) from parLot in Gen.Elements(1, 2, 3, 256) select (forme, morceau, fils, parLot)).ToArbitrary(),
            (dossiers, alteration, reglage) =>
            {
                var (forme, morceau, fils, parLot) = reglage;
                var texte = Alterer(Formes[forme](Ecrire(dossiers)), alteration);
                var encodage = texte.Contains("ISO-8859-1", StringComparison.Ordinal) ? Encoding.Latin1 : new UTF8Encoding(false);
                var octets = encodage.GetBytes(texte);
                var (attendus, resume) = Lire(octets);
                using var lecture = FluxRsa.Lire(new FluxParMorceaux(octets, morceau), fils, parLot);
                var lus = lecture.ToList();
                return (lus.Select(Issue).SequenceEqual(attendus.Select(Issue))
                        && lecture.Resume.ToString() == resume.ToString() && lecture.Resume.Erreurs.SequenceEqual(resume.Erreurs))
                    .Label($"forme {forme}, morceaux de {morceau}, lots de {parLot} ; {lus.Count} / {attendus.Count} ; {lecture.Resume} / {resume}\n{string.Join("\n", lus.Select(Issue))}\n--\n{string.Join("\n", attendus.Select(Issue))}\n{string.Join("\n", lecture.Resume.Erreurs)}\n--\n{string.Join("\n", resume.Erreurs)}");
            });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Un_grand_flux_se_lit_en_plusieurs_lots_comme_d_un_trait(int forme)
    {
        // 900 dossiers : plusieurs lots de 256, des milliers de lignes remplacées par lot, ou tout sur une ligne.
        var dossiers = Enumerable.Repeat(FluxRsaTest.DossiersExemple(), 300).SelectMany(d => d).ToArray();
        var octets = Encoding.UTF8.GetBytes(Formes[forme](Ecrire(dossiers)));
        var (attendus, resume) = Lire(octets);
        Assert.Equal(900, resume.Acceptes);
        using var lecture = FluxRsa.Lire(new MemoryStream(octets), 2);
        var lus = lecture.ToList();
        Assert.Equal(attendus.Select(Issue), lus.Select(Issue));
        Assert.Equal(resume.ToString(), lecture.Resume.ToString());
        Assert.Empty(lecture.Resume.Erreurs);
    }

    [Fact]
    public void Abandonner_une_lecture_en_lots_arrete_ses_fils()
    {
        var dossiers = Enumerable.Repeat(FluxRsaTest.DossiersExemple(), 300).SelectMany(d => d).ToArray();
        var flux = new MemoryStream(Encoding.UTF8.GetBytes(Ecrire(dossiers)));
        using (var lecture = FluxRsa.Lire(flux, 2))
        {
            Assert.True(lecture.Take(10).Count() == 10);
        }

        // Les fils arrêtés, le flux n'est plus lu : sa position ne bouge plus.
        var position = flux.Position;
        Thread.Sleep(50);
        Assert.Equal(position, flux.Position);
    }

    [Fact]
    public void Un_dossier_de_plus_de_4_Mio_est_lu_d_un_trait_avec_les_memes_resultats()
    {
        var texte = Inserer(Ecrire(FluxRsaTest.DossiersExemple()), "<Personne>", 1, "<Inattendu>" + new string('x', 5 << 20) + "</Inattendu>");
        var octets = Encoding.UTF8.GetBytes(texte);
        var (attendus, resume) = Lire(octets);
        var (lus, resumeEnLots) = Lire(octets, 2);
        Assert.Equal(attendus.Select(Issue), lus.Select(Issue));
        Assert.Equal(resume.ToString(), resumeEnLots.ToString());
        Assert.Contains(lus, l => !l.Accepte);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Une_erreur_de_lecture_du_flux_parvient_a_l_appelant_sans_bloquer(int parallelisme)
    {
        var octets = Encoding.UTF8.GetBytes(Ecrire(Enumerable.Repeat(FluxRsaTest.DossiersExemple(), 100).SelectMany(d => d)));
        using var lecture = FluxRsa.Lire(new FluxQuiCasse(octets, octets.Length / 2), parallelisme);
        Assert.Throws<IOException>(() => lecture.ToList());
    }

    /// <summary>Un flux dont la lecture échoue (disque, réseau) passé un certain nombre d'octets.</summary>
    private sealed class FluxQuiCasse(byte[] octets, int limite) : MemoryStream(octets)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= limite ? throw new IOException("Lecture impossible.") : base.Read(buffer, offset, Math.Min(count, 4096));

        public override int Read(Span<byte> buffer)
        {
            var tampon = new byte[Math.Min(buffer.Length, 4096)];
            var n = Read(tampon, 0, tampon.Length);
            tampon.AsSpan(0, n).CopyTo(buffer);
            return n;
        }
    }

    /// <summary>
    /// Des lots hostiles au lecteur rapide (imbrication de 5 000 niveaux, nom de 100 000 caractères, caractère nul,
    /// référence de caractère, texte mêlé d'éléments) se lisent en lots comme d'un trait : erreurs situées, rien levé.
    /// </summary>
    [Fact]
    public void Des_lots_hostiles_se_lisent_en_lots_comme_d_un_trait()
    {
        var texte = Ecrire(Enumerable.Repeat(FluxRsaTest.DossiersExemple(), 200).SelectMany(d => d));
        texte = Inserer(texte, "<Personne>", 40, string.Concat(Enumerable.Repeat("<X>", 5000)) + string.Concat(Enumerable.Repeat("</X>", 5000)));
        texte = Inserer(texte, "<Personne>", 120, $"<{new string('N', 100_000)}/>");
        texte = Inserer(texte, "<Personne>", 200, "<Z>&#65;</Z>");
        texte = Inserer(texte, "<DTNAI>", 250, "<W/>");
        texte = Inserer(texte, "<Personne>", 380, "<Y>\u0000</Y>");
        var octets = new UTF8Encoding(false).GetBytes(texte);
        var (attendus, resume) = Lire(octets);
        var (lus, resumeEnLots) = Lire(octets, 2);
        Assert.Equal(attendus.Select(Issue), lus.Select(Issue));
        Assert.Equal(resume.ToString(), resumeEnLots.ToString());
        // Chaque dossier abîmé est refusé à son rang, sans rien lever ; le caractère nul, interdit en XML, arrête la lecture.
        var refuses = lus.Where(l => !l.Accepte).ToList();
        Assert.Equal(5, refuses.Count);
        Assert.Contains(refuses[^1].Resultat.Erreurs, e => e.Code == "flux.xml.illisible");
        Assert.Equal(refuses[^1].Rang, resume.Lus);
        Assert.All(lus.Where(l => !l.Accepte).SelectMany(l => l.Resultat.Erreurs), e => Assert.StartsWith("/Racine/InfosFoyerRSA[", e.Chemin, StringComparison.Ordinal));
    }

    [Fact]
    public void Un_flux_windows_1252_se_lit_en_lots_comme_d_un_trait()
    {
        // Octets hors ASCII (é, œ) et un octet que windows-1252 ne définit pas (0x81), dans un élément inattendu d'un dossier.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var texte = Ecrire(Enumerable.Repeat(FluxRsaTest.DossiersExemple(), 100).SelectMany(d => d))
            .Replace("encoding=\"utf-8\"", "encoding=\"windows-1252\"", StringComparison.OrdinalIgnoreCase);
        texte = Inserer(texte, "<Personne>", 150, "<Inattendu>éœ\u0081</Inattendu>");
        var octets = Encoding.GetEncoding(1252).GetBytes(texte);
        var (attendus, resume) = Lire(octets);
        var (lus, resumeEnLots) = Lire(octets, 2);
        Assert.Equal(attendus.Select(Issue), lus.Select(Issue));
        Assert.Equal(resume.ToString(), resumeEnLots.ToString());
        Assert.Equal(1, resume.Refuses);
        Assert.DoesNotContain(resume.Erreurs.Concat(lus.SelectMany(l => l.Resultat.Reussi ? [] : l.Resultat.Erreurs)), e => (e.Valeur ?? string.Empty).Contains("0000", StringComparison.Ordinal));
    }
}
