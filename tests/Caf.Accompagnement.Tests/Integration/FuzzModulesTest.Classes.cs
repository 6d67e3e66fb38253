using System.Globalization;
using System.Text;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Integration;

/// <content>
/// Fuzzing par classes de défauts : des documents valides dont quelques lignes sont abîmées d'une façon connue
/// (enregistrement trop long, caractère de décodage raté, ligne répétée ou numéro en double, valeur personnelle
/// invalide), entourés de variations qui ne doivent rien refuser (BOM en tête du texte, fins de ligne CRLF, lignes
/// blanches finales). Propriétés : rien n'est écarté en silence (chaque ligne abîmée est refusée à sa ligne, aucune
/// autre ligne ne l'est, et un document sans défaut est lu entièrement), et aucune erreur ne cite en clair une valeur
/// personnelle (numéro allocataire, date de naissance, nom).
/// </content>
public sealed partial class FuzzModulesTest
{
    /// <summary>Un défaut appliqué à une ligne de données.</summary>
    public enum Defaut
    {
        TropLong,
        Encodage,
        Nul,
        Doublon,

        /// <summary>La ligne n'a que des séparateurs (<c>,,</c>) : un enregistrement sans valeur, refusé à sa ligne.</summary>
        Separateurs,
    }

    /// <summary>Un import : en-tête, lignes valides (une ligne physique chacune, sans défaut), chargement (réussite, nombre d'éléments lus, erreurs).</summary>
    public sealed record ImportCsv(
        string Nom,
        string Entete,
        string[] Lignes,
        Func<TextReader, (bool Reussi, int Lus, IReadOnlyList<Erreur> Erreurs)> Charger,
        Func<TextReader, FormatCsv, (bool Reussi, int Lus, IReadOnlyList<Erreur> Erreurs)>? ChargerAuFormat = null)
    {
        public override string ToString() => Nom;
    }

    private static (bool, int, IReadOnlyList<Erreur>) Issue<T>(Resultat<T> r, Func<T, int> compte)
        where T : notnull => r.TryGetValue(out var v) ? (true, compte(v), []) : (false, 0, r.Erreurs);

    private static string Population(int n, int graine)
    {
        var hasard = new Random(graine);
        var lignes = Enumerable.Range(0, n).Select(i =>
        {
            var naissance = new DateOnly(1940 + hasard.Next(60), 1 + hasard.Next(12), 1 + hasard.Next(28));
            var enfants = string.Join(';', Enumerable.Range(0, hasard.Next(3)).Select(_ => new DateOnly(2001 + hasard.Next(19), 1 + hasard.Next(12), 1 + hasard.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return string.Create(CultureInfo.InvariantCulture, $"{1_000_000 + (i * 7919) + hasard.Next(7000):D7},40192,{naissance:yyyy-MM-dd},ISOLE,2020-01-01,,{enfants},1200.50,14406,,,,oui");
        });
        return string.Join('\n', lignes);
    }

    private static ImportCsv[] ImportsParClasse => LesImports.Value;

    // Paresseux : les documents valides (Communes, Carte) sont des champs de l'autre partie de la classe.
    private static readonly Lazy<ImportCsv[]> LesImports = new(() =>
    [
        new("bareme", "debut,valeur,reference",
            [.. Enumerable.Range(0, 8).Select(i => $"{2000 + i}-01-01,{i + 1},Décret n° {i}")],
            t => Issue(Bareme<Montant>.Lire("essai", t, v => Montant.Create(v)), b => b.Valeurs.Length),
            (t, f) => Issue(Bareme<Montant>.Lire("essai", t, f, v => Montant.Create(v)), b => b.Valeurs.Length)),
        new("referentiel", Communes!.Split('\n')[0],
            [.. Communes.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)],
            t => Issue(ReferentielCommunes.Lire(t, "essai"), r => r.Count),
            (t, f) => Issue(ReferentielCommunes.Lire(t, f, "essai"), r => r.Count)),
        new("secteurs", Carte!.Split('\n')[0],
            [.. Carte.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)],
            t => Issue(CarteDesSecteurs.Lire(t, "40"), c => c.Secteurs.Sum(s => s.Communes.Count)),
            (t, f) => Issue(CarteDesSecteurs.Lire(t, f, "40"), c => c.Secteurs.Sum(s => s.Communes.Count))),
        new("population", PopulationCsv.Entete,
            Population(12, 17).Split('\n'),
            t => Issue(PopulationCsv.Lire(t), p => p.Count)),
        new("ciblage", "cible,parametre,valeur",
            ["RSA_MONOPARENT,age_limite_enfant,6", "PARENTS_SEULS,age_minimum,20", "PARENTS_SEULS,age_maximum,30", "EVENEMENT_SEPARATION,delai_jours,120", "FAMILLE_PRIORITAIRE,inclure_monoparentales,non"],
            t => Issue(PolitiqueDeCiblage.Lire("essai", t), p => p.Cibles.Count()),
            (t, f) => Issue(PolitiqueDeCiblage.Lire("essai", t, f), p => p.Cibles.Count())),
    ]);

    /// <summary>Un document abîmé : son texte, les lignes physiques des lignes abîmées.</summary>
    public sealed record Document(string Texte, int[] LignesAbimees, string Description)
    {
        public override string ToString() => Description;
    }

    private static Gen<Document> Documents(ImportCsv import) =>
        from defauts in (from index in Gen.Choose(0, import.Lignes.Length - 1)
                         from defaut in Gen.Elements(Enum.GetValues<Defaut>())
                         select (index, defaut)).ListOf().Select(l => l.Take(4).DistinctBy(d => d.index).ToArray())
        from bom in Gen.Elements(false, true)
        from crlf in Gen.Elements(false, true)
        from blanches in Gen.Elements(string.Empty, "\n", "\n\n", "\n  \n", "\n\t\n\n")
        select Abimer(import, defauts, bom, crlf, blanches);

    private static Document Abimer(ImportCsv import, (int Index, Defaut Defaut)[] defauts, bool bom, bool crlf, string blanches)
    {
        var lignes = import.Lignes.ToArray();
        var abimees = new List<int>();
        foreach (var (index, defaut) in defauts.OrderBy(d => d.Index))
        {
            var virgule = lignes[index].IndexOf(',', StringComparison.Ordinal) + 1;
            switch (defaut)
            {
                case Defaut.TropLong:
                    lignes[index] = lignes[index].Insert(virgule, new string('a', 17_000));
                    break;
                case Defaut.Encodage:
                    lignes[index] = lignes[index].Insert(virgule, "\uFFFD");
                    break;
                case Defaut.Nul:
                    lignes[index] = lignes[index].Insert(virgule, "\0");
                    break;
                case Defaut.Doublon when index > 0 && import.Nom != "ciblage":
                    // La ligne répète une ligne précédente (restée valide) : même numéro, même code, même date.
                    var source = Enumerable.Range(0, index).FirstOrDefault(j => !abimees.Contains(j + 2), -1);
                    if (source < 0)
                    {
                        continue;
                    }

                    lignes[index] = lignes[source];
                    break;
                case Defaut.Separateurs:
                    lignes[index] = new string(',', import.Entete.Count(c => c == ','));
                    break;
                case Defaut.Doublon when index > 0:
                    // Politique de ciblage : le même paramètre, donné une seconde fois (ou la copie d'une ligne refusée).
                    lignes[index] = lignes[index - 1];
                    break;
                default:
                    continue;
            }

            abimees.Add(index + 2);
        }

        var fin = crlf ? "\r\n" : "\n";
        var texte = (bom ? "\uFEFF" : string.Empty) + import.Entete + fin + string.Join(fin, lignes) + fin + blanches.Replace("\n", fin, StringComparison.Ordinal);
        return new Document(texte, [.. abimees], $"{import.Nom} : {string.Join(", ", defauts.Select(d => $"{d.Defaut}@{d.Index + 2}"))} ; bom={bom} crlf={crlf} blanches={blanches.Length}");
    }

    public static TheoryData<string> NomsDesImports() => [.. ImportsParClasse.Select(i => i.Nom)];

    /// <summary>
    /// Rien n'est écarté en silence : lignes lues = lignes acceptées + lignes refusées. Sans défaut, toutes les lignes
    /// sont lues (BOM, CRLF et lignes blanches finales ne comptent ni comme acceptées ni comme refusées) ; avec des
    /// défauts, l'ensemble des lignes citées par les erreurs est exactement celui des lignes abîmées (une commune absente
    /// de la carte, seule erreur sans ligne, suit d'une ligne refusée).
    /// </summary>
    [Theory]
    [MemberData(nameof(NomsDesImports))]
    public void Lignes_lues_egalent_lignes_acceptees_plus_lignes_refusees(string nom)
    {
        var import = ImportsParClasse.Single(i => i.Nom == nom);
        Prop.ForAll(Documents(import).ToArbitrary(), d =>
        {
            var (reussi, lus, erreurs) = import.Charger(new StringReader(d.Texte));
            var citees = erreurs.Where(e => e.Ligne is not null).Select(e => e.Ligne!.Value).Distinct().Order().ToArray();
            var attendu = nom switch
            {
                // Le compte de la carte est celui des communes ; celui de la politique, des cibles.
                "ciblage" => 4,
                _ => import.Lignes.Length,
            };
            return (d.LignesAbimees.Length == 0
                    ? reussi && lus == attendu
                    : !reussi && citees.SequenceEqual(d.LignesAbimees.Order())
                        && erreurs.All(e => e.Ligne is not null || e.Code == "secteur.commune.absente"))
                .Label(d.Description + " → " + string.Join(" | ", erreurs.Take(5)));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Une ligne faite de séparateurs est refusée à sa ligne par chaque import, avec <c>{module}.ligne.vide</c>.</summary>
    [Theory]
    [MemberData(nameof(NomsDesImports))]
    public void Une_ligne_de_separateurs_est_refusee_a_sa_ligne(string nom)
    {
        var import = ImportsParClasse.Single(i => i.Nom == nom);
        var d = Abimer(import, [(1, Defaut.Separateurs)], bom: false, crlf: false, blanches: string.Empty);
        var (reussi, _, erreurs) = import.Charger(new StringReader(d.Texte));
        Assert.False(reussi);
        var e = Assert.Single(erreurs, e => e.Ligne == 3);
        Assert.EndsWith(".ligne.vide", e.Code, StringComparison.Ordinal);
        Assert.Equal("ligne", e.Champ);
    }

    /// <summary>
    /// Les flux d'octets : un document écrit en Windows-1252 (ici Latin-1, mêmes octets pour les lettres accentuées) est
    /// refusé à chaque ligne qui contient un caractère non ASCII, et à celles-là seulement, sauf si l'encodage est
    /// donné ; UTF-16 avec BOM est lu ; UTF-16 sans BOM est refusé dès l'en-tête (<c>csv.encodage</c>). Pour les cinq
    /// imports (barème, référentiel, carte, foyers, politique).
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Flux_windows_1252_et_utf16_refuses_a_leur_ligne_ou_lus_selon_l_encodage()
    {
        var gen = from import in Gen.Elements(ImportsParClasse)
                  from sorte in Gen.Choose(0, 3)
                  select (import, sorte);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var texte = x.import.Entete + "\n" + string.Join('\n', x.import.Lignes) + "\n";
            Func<Stream, Encoding?, (bool Reussi, int Lus, IReadOnlyList<Erreur> Erreurs)> charger = x.import.Nom switch
            {
                "referentiel" => (f, e) => Issue(ReferentielCommunes.Lire(f, "essai", e), r => r.Count),
                "secteurs" => (f, e) => Issue(CarteDesSecteurs.Lire(f, "40", encodage: e), c => c.Secteurs.Sum(s => s.Communes.Count)),
                "bareme" => (f, e) => Issue(Bareme<Montant>.Lire("essai", f, v => Montant.Create(v), encodage: e), b => b.Valeurs.Length),
                "population" => (f, e) => Issue(PopulationCsv.Lire(f, encodage: e), p => p.Count),
                _ => (f, e) => Issue(PolitiqueDeCiblage.Lire("essai", f, encodage: e), p => p.Cibles.Count()),
            };
            var code = (x.import.Nom == "secteurs" ? "secteur" : x.import.Nom) + ".csv.encodage";
            var attendu = x.import.Nom == "ciblage" ? 4 : x.import.Lignes.Length;
            switch (x.sorte)
            {
                case 0:
                {
                    var (reussi, _, erreurs) = charger(new MemoryStream(Encoding.Latin1.GetBytes(texte)), null);
                    var nonAscii = x.import.Lignes.Select((l, i) => (l, i)).Where(t => t.l.Any(c => c > 127)).Select(t => t.i + 2).ToArray();
                    var refusees = erreurs.Where(e => e.Code == code).Select(e => e.Ligne!.Value).ToArray();
                    return (reussi == (nonAscii.Length == 0) && refusees.SequenceEqual(nonAscii) && erreurs.All(e => e.Valeur is null || e.Code != code)).Label($"1252 : {refusees.Length} / {nonAscii.Length}");
                }

                case 1:
                {
                    var (reussi, lus, _) = charger(new MemoryStream(Encoding.Latin1.GetBytes(texte)), Encoding.Latin1);
                    return (reussi && lus == attendu).Label("Latin-1 nommé");
                }

                case 2:
                {
                    var (reussi, lus, _) = charger(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(texte)]), null);
                    return (reussi && lus == attendu).Label("UTF-16 avec BOM");
                }

                default:
                {
                    var (reussi, _, erreurs) = charger(new MemoryStream(Encoding.Unicode.GetBytes(texte)), null);
                    var e = Assert.Single(erreurs);
                    return (!reussi && e.Code == code && e.Ligne == 1 && e.Champ == "entete").Label("UTF-16 sans BOM : " + e);
                }
            }
        });
    }

    private static readonly string[] Noms = ["Jean Dupont", "Marie-Hélène Lefèvre", "DURAND Paul", "o'Brien Anne"];

    /// <summary>Un fichier de foyers ou une carte abîmés de toutes les façons connues, avec les valeurs personnelles qu'il contient.</summary>
    private static Gen<(string Texte, string[] Personnelles, string Import)> DocumentsPersonnels()
    {
        var foyers =
            from n in Gen.Choose(1, 6)
            from graine in Gen.Choose(0, 10_000)
            from defauts in Gen.Choose(0, 9).ArrayOf(n)
            from sansEntete in Gen.Elements(false, false, true)
            select AbimerFoyers(n, graine, defauts, sansEntete);
        var cartes =
            from n in Gen.Choose(1, 5)
            from noms in Gen.Elements(Noms).ArrayOf(n)
            from defauts in Gen.Choose(0, 5).ArrayOf(n)
            from sansEntete in Gen.Elements(false, true)
            select AbimerCarte(noms, defauts, sansEntete);
        return Gen.OneOf(foyers, cartes);
    }

    private static (string, string[], string) AbimerFoyers(int n, int graine, int[] defauts, bool sansEntete)
    {
        var lignes = Population(n, graine).Split('\n').Select(l => l.Split(',')).ToArray();
        var personnelles = new List<string>();
        for (var i = 0; i < lignes.Length; i++)
        {
            var c = lignes[i];
            switch (defauts[i])
            {
                case 1: c[0] += "8"; break;                                   // numéro de 8 chiffres
                case 2: c[0] = c[0][..3] + "x" + c[0][4..]; break;            // numéro avec une lettre
                case 3: c[2] = c[2].Replace('-', '/'); break;                 // naissance illisible
                case 4: c[2] = c[2][..5] + "13" + c[2][7..]; break;           // mois 13
                case 5: c[5] = c[2].Replace("19", "18", StringComparison.Ordinal); break; // conjoint d'une personne seule
                case 6: c[6] = "1930-01-01"; break;                           // enfant né avant l'allocataire
                case 7: c[1] = "\"" + c[1] + "\"x"; break;                    // guillemet mal placé
                case 8: c[7] = "\"ouvert"; break;                             // guillemet jamais fermé, avant des colonnes non personnelles
                case 9: c[1] += new string('9', 17_000); break;               // trop long
            }

            personnelles.AddRange([c[0], c[2], .. c[5].Length > 0 ? new[] { c[5] } : [], .. c[6].Split(';', StringSplitOptions.RemoveEmptyEntries)]);
            if (i > 0 && defauts[i] == 0 && defauts[i - 1] == 0)
            {
                lignes[i] = lignes[i - 1]; // numéro en double
            }
        }

        var texte = (sansEntete ? string.Empty : PopulationCsv.Entete + "\n") + string.Join('\n', lignes.Select(l => string.Join(',', l))) + "\n";
        return (texte, [.. personnelles.Select(p => p.Trim('"')).Where(p => p.Length >= 4)], "population");
    }

    private static (string, string[], string) AbimerCarte(string[] noms, int[] defauts, bool sansEntete)
    {
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var lignes = noms.Select((nom, i) => defauts[i] switch
        {
            1 => $"{communes[i].Code},\"Nord\"x,{nom}",
            2 => $"{communes[i].Code},Nord,\"{nom}",
            3 => $"{communes[i].Code},Nord,{nom}{new string('z', 17_000)}",
            4 => $"{communes[i].Code},Nord,TS-01;{nom}",
            _ => $"{communes[i].Code},Nord,{nom}",
        });
        var texte = (sansEntete ? string.Empty : "code_insee,secteur,referent\n") + string.Join('\n', lignes) + "\n";
        return (texte, noms, "secteurs");
    }

    /// <summary>
    /// Aucune erreur (message, valeur, champ, forme texte) ne contient en clair une valeur d'une colonne personnelle —
    /// numéro allocataire, date de naissance (allocataire, conjoint, enfants), nom d'un référent — quel que soit le
    /// défaut ; la valeur d'une erreur sur une colonne personnelle est absente ou le masque fixe.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Aucune_erreur_ne_cite_une_valeur_personnelle() =>
        Prop.ForAll(DocumentsPersonnels().ToArbitrary(), d =>
        {
            var erreurs = d.Import == "population"
                ? PopulationCsv.Lire(new StringReader(d.Texte)).Erreurs
                : CarteDesSecteurs.Lire(new StringReader(d.Texte), "40").Erreurs;
            string[] colonnes = d.Import == "population" ? ["numero_allocataire", "naissance_allocataire", "naissance_conjoint", "enfants"] : ["referent"];
            var fuites = erreurs.Where(e => d.Personnelles.Any(p =>
                e.Message.Contains(p, StringComparison.Ordinal) || (e.Valeur?.Contains(p, StringComparison.Ordinal) ?? false)
                || e.Champ.Contains(p, StringComparison.Ordinal) || e.ToString().Contains(p, StringComparison.Ordinal))
                || (colonnes.Any(c => e.Champ.StartsWith(c, StringComparison.Ordinal)) && e.Valeur is not (null or Erreur.ValeurMasquee))).ToArray();
            return (fuites.Length == 0).Label(string.Join(" | ", fuites.Take(3).Select(f => f.ToString().ReplaceLineEndings("⏎"))));
        });

    [Fact]
    public void Un_document_sans_defaut_est_lu_entierement_avec_bom_crlf_et_lignes_blanches_finales_aussi_au_point_virgule()
    {
        foreach (var import in ImportsParClasse)
        {
            var d = Abimer(import, [], bom: true, crlf: true, blanches: "\n \n\n");
            // Le point-virgule pour les imports qui ont une surcharge FormatCsv (pas encore le chargement des foyers).
            foreach (var texte in import.ChargerAuFormat is null ? [d.Texte] : new[] { d.Texte, AuPointVirgule(d, sep: false).Texte, AuPointVirgule(d, sep: true).Texte })
            {
                var (reussi, lus, erreurs) = import.Charger(new StringReader(texte));
                Assert.True(reussi, import.Nom + " : " + string.Join(" | ", erreurs));
                Assert.Equal(import.Nom == "ciblage" ? 4 : import.Lignes.Length, lus);
            }
        }
    }

    /// <summary>
    /// Le même document écrit comme par Excel en français : point-virgule (un champ qui en contient un entre guillemets),
    /// virgule décimale, et parfois une première ligne <c>sep=;</c> (les lignes abîmées descendent alors d'une ligne).
    /// </summary>
    private static Document AuPointVirgule(Document d, bool sep)
    {
        var bom = d.Texte.StartsWith('\uFEFF');
        var corps = bom ? d.Texte[1..] : d.Texte;
        var lignes = corps.Split('\n').Select(l =>
        {
            var cr = l.EndsWith('\r');
            var contenu = cr ? l[..^1] : l;
            var champs = ChampsRfc4180(contenu).Select(c =>
                System.Text.RegularExpressions.Regex.IsMatch(c, @"^-?[0-9]+\.[0-9]+$") ? c.Replace('.', ',') :
                c.Contains(';', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c);
            return string.Join(';', champs) + (cr ? "\r" : string.Empty);
        });
        var fin = d.Texte.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var texte = (bom ? "\uFEFF" : string.Empty) + (sep ? "sep=;" + fin : string.Empty) + string.Join('\n', lignes);
        return new Document(texte, [.. d.LignesAbimees.Select(l => sep ? l + 1 : l)], $"{d.Description} ; point-virgule sep={sep}");
    }

    /// <summary>Les champs d'une ligne RFC 4180 à la virgule (guillemets ôtés, guillemets doublés rendus simples).</summary>
    private static List<string> ChampsRfc4180(string ligne)
    {
        var champs = new List<string>();
        var sb = new StringBuilder();
        var guillemets = false;
        for (var i = 0; i < ligne.Length; i++)
        {
            var c = ligne[i];
            if (guillemets)
            {
                if (c == '"' && i + 1 < ligne.Length && ligne[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    guillemets = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"' && sb.Length == 0)
            {
                guillemets = true;
            }
            else if (c == ',')
            {
                champs.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        champs.Add(sb.ToString());
        return champs;
    }

    /// <summary>
    /// Rien n'est écarté en silence dans un fichier au point-virgule (détecté, nommé, après <c>sep=;</c>) : lignes lues =
    /// lignes acceptées + lignes refusées, et les lignes citées sont exactement les lignes abîmées, à leur ligne physique.
    /// </summary>
    public static TheoryData<string> NomsDesImportsAuFormat() => [.. ImportsParClasse.Where(i => i.ChargerAuFormat is not null).Select(i => i.Nom)];

    [Theory]
    [MemberData(nameof(NomsDesImportsAuFormat))]
    public void Au_point_virgule_lignes_lues_egalent_lignes_acceptees_plus_lignes_refusees(string nom)
    {
        var import = ImportsParClasse.Single(i => i.Nom == nom);
        var gen = from d in Documents(import)
                  from sep in Gen.Elements(false, true)
                  from nomme in Gen.Elements(false, true)
                  select (Document: AuPointVirgule(d, sep), Nomme: nomme);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var d = x.Document;
            var (reussi, lus, erreurs) = x.Nomme
                ? import.ChargerAuFormat!(new StringReader(d.Texte), new FormatCsv { Separateur = ';' })
                : import.Charger(new StringReader(d.Texte));
            var citees = erreurs.Where(e => e.Ligne is not null).Select(e => e.Ligne!.Value).Distinct().Order().ToArray();
            var attendu = nom == "ciblage" ? 4 : import.Lignes.Length;
            return (d.LignesAbimees.Length == 0
                    ? reussi && lus == attendu
                    : !reussi && citees.SequenceEqual(d.LignesAbimees.Order())
                        && erreurs.All(e => e.Ligne is not null || e.Code == "secteur.commune.absente"))
                .Label(d.Description + $" nommé={x.Nomme} → " + string.Join(" | ", erreurs.Take(5)));
        }).QuickCheckThrowOnFailure();
    }
}
