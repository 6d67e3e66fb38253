using System.Globalization;
using System.Runtime.InteropServices;

namespace Caf.Accompagnement.Territoires;

/// <content>Validation commune au constructeur et à l'import : tous les problèmes sont rapportés à la fois.</content>
public sealed partial class CarteDesSecteurs
{
    /// <summary>
    /// Le nombre de communes absentes de la carte nommées une à une dans les erreurs de validation ; au-delà, une seule
    /// erreur <c>secteur.commune.absente</c> (sans valeur) donne le nombre des autres.
    /// </summary>
    public const int CommunesAbsentesNommees = 10;

    /// <summary>Longueur maximale d'un nom de secteur.</summary>
    public const int LongueurMaxNomSecteur = 100;

    /// <summary>Vérifie un nom de secteur ; renvoie le nom sans espaces autour, ou <see langword="null"/> avec l'erreur.</summary>
    internal static string? LireNomSecteur(string? nom, int? ligne, List<Erreur> erreurs)
    {
        var texte = nom?.Trim() ?? string.Empty;
        if (texte.Length == 0)
        {
            erreurs.Add(new Erreur("secteur.nom.vide", "secteur", nom, "Le nom du secteur est obligatoire.", ligne));
            return null;
        }

        if (texte.Length > LongueurMaxNomSecteur || texte.Any(char.IsControl))
        {
            erreurs.Add(new Erreur("secteur.nom.format", "secteur", texte, $"Un nom de secteur a au plus {LongueurMaxNomSecteur} caractères, sans caractère de contrôle (saut de ligne, tabulation).", ligne));
            return null;
        }

        return texte;
    }

    /// <summary>
    /// Valide les secteurs déclarés et les affectations de communes, et construit la carte si tout est correct.
    /// <paramref name="erreurs"/> contient déjà les erreurs de lecture (lignes mal formées) : elles sont rapportées avec les autres.
    /// </summary>
    internal static Resultat<CarteDesSecteurs> Valider(
        ReferentielCommunes referentiel,
        string departement,
        IReadOnlyList<DeclarationSecteur> declarations,
        IReadOnlyList<AffectationCommune> affectations,
        bool migrer,
        List<Erreur> erreurs)
    {
        var communesDuDepartement = referentiel.DuDepartement(departement);
        if (communesDuDepartement.Count == 0)
        {
            erreurs.Insert(0, new Erreur("secteur.departement.inconnu", "departement", departement, $"Le département « {departement} » n'est pas dans le référentiel {referentiel.Millesime}."));
            return Resultat<CarteDesSecteurs>.Echec(erreurs);
        }

        var rangs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < declarations.Count; s++)
        {
            rangs[declarations[s].Nom] = s;
        }

        if (declarations.Count > short.MaxValue)
        {
            erreurs.Add(new Erreur("secteur.nombre", "secteur", declarations.Count.ToString(CultureInfo.InvariantCulture), $"Une carte a au plus {short.MaxValue} secteurs."));
        }

        // Pour chaque commune actuelle : son secteur, la ligne qui l'y a mise, et si c'était par un ancien code.
        var secteurDe = new int[referentiel.Count];
        Array.Fill(secteurDe, -1);
        var origine = new (int? Ligne, bool ParAncienCode)[referentiel.Count];
        var codesVus = new Dictionary<CodeCommune, (int? Ligne, string Secteur)>();
        var migrations = new List<MigrationDeCode>();
        var communesParSecteur = new int[declarations.Count];
        foreach (var a in affectations)
        {
            var texteCode = a.Code.ToString();
            if (!rangs.TryGetValue(a.Secteur, out var s))
            {
                erreurs.Add(new Erreur("secteur.inconnu", "secteur", a.Secteur, $"Le secteur « {a.Secteur} » n'a pas été déclaré.", a.Ligne));
                continue;
            }

            if (codesVus.TryGetValue(a.Code, out var vu))
            {
                erreurs.Add(vu.Secteur == a.Secteur
                    ? new Erreur("secteur.commune.doublon", "code_insee", texteCode, $"Le code {texteCode} figure déjà{Ou(vu.Ligne)} dans ce secteur.", a.Ligne)
                    : new Erreur("secteur.commune.deux_secteurs", "code_insee", texteCode, $"Le code {texteCode} est aussi dans le secteur « {vu.Secteur} »{Ou(vu.Ligne)} : une commune est dans un seul secteur.", a.Ligne));
                continue;
            }

            codesVus.Add(a.Code, (a.Ligne, a.Secteur));
            if (!referentiel.TryGetIndex(a.Code, out var index, out var ancien))
            {
                erreurs.Add(new Erreur("secteur.commune.inconnue", "code_insee", texteCode, $"Le code {texteCode} n'est celui d'aucune commune, actuelle ou fusionnée, du {referentiel.Millesime}.", a.Ligne));
                continue;
            }

            var commune = referentiel[index];
            if (!string.Equals(commune.Departement, departement, StringComparison.Ordinal))
            {
                erreurs.Add(new Erreur("secteur.commune.departement", "code_insee", texteCode, $"{(ancien ? $"L'ancienne commune {texteCode}, aujourd'hui {commune}," : $"La commune {commune}")} est du département {commune.Departement}, pas du {departement}.", a.Ligne));
                continue;
            }

            if (ancien && !migrer)
            {
                erreurs.Add(new Erreur(
                    "secteur.commune.ancien_code",
                    "code_insee",
                    texteCode,
                    $"{texteCode} est le code d'une ancienne commune, fusionnée dans {commune} : écrire {commune.Code}, ou demander la migration des anciens codes.",
                    a.Ligne));
                continue;
            }

            if (secteurDe[index] >= 0)
            {
                var (ligneAvant, parAncienAvant) = origine[index];
                var secteurAvant = declarations[secteurDe[index]].Nom;
                if (secteurDe[index] != s)
                {
                    erreurs.Add(new Erreur(
                        "secteur.commune.deux_secteurs",
                        "code_insee",
                        texteCode,
                        $"{(ancien ? $"L'ancien code {texteCode} désigne {commune}, qui" : $"La commune {commune}")} est aussi dans le secteur « {secteurAvant} »{Ou(ligneAvant)}{(parAncienAvant ? " par un ancien code" : string.Empty)} : une commune est dans un seul secteur.",
                        a.Ligne));
                    continue;
                }

                if (!ancien && !parAncienAvant)
                {
                    // Impossible : même code actuel déjà vu (codesVus) ; gardé par sûreté.
                    continue;
                }
            }
            else
            {
                secteurDe[index] = s;
                origine[index] = (a.Ligne, ancien);
                communesParSecteur[s]++;
            }

            if (ancien)
            {
                migrations.Add(new MigrationDeCode(a.Ligne, a.Code, commune, a.Secteur));
            }
        }

        for (var s = 0; s < declarations.Count; s++)
        {
            if (communesParSecteur[s] == 0 && !affectations.Any(a => a.Secteur == declarations[s].Nom))
            {
                erreurs.Add(new Erreur("secteur.vide", "secteur", declarations[s].Nom, $"Le secteur « {declarations[s].Nom} » n'a aucune commune.", declarations[s].Ligne));
            }
        }

        // Les premières communes absentes sont nommées une à une ; au-delà, une seule erreur les compte (une carte vide
        // des Landes donnerait sinon 327 lignes).
        var absentes = communesDuDepartement.Where(c => secteurDe[c.Index] < 0).ToList();
        foreach (var commune in absentes.Take(CommunesAbsentesNommees))
        {
            erreurs.Add(new Erreur("secteur.commune.absente", "code_insee", commune.Code.ToString(), $"La commune {commune} n'est dans aucun secteur."));
        }

        if (absentes.Count > CommunesAbsentesNommees)
        {
            var autres = absentes.Count - CommunesAbsentesNommees;
            erreurs.Add(new Erreur("secteur.commune.absente", "code_insee", null,
                $"Et {autres.ToString(System.Globalization.CultureInfo.InvariantCulture)} autre(s) commune(s) du département dans aucun secteur ({absentes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} en tout)."));
        }

        if (erreurs.Count > 0)
        {
            return Resultat<CarteDesSecteurs>.Echec(erreurs);
        }

        var communes = new List<Commune>[declarations.Count];
        for (var s = 0; s < communes.Length; s++)
        {
            communes[s] = new List<Commune>(communesParSecteur[s]);
        }

        var secteurParCommune = new short[referentiel.Count];
        for (var i = 0; i < secteurParCommune.Length; i++)
        {
            secteurParCommune[i] = (short)secteurDe[i];
            if (secteurDe[i] >= 0)
            {
                communes[secteurDe[i]].Add(referentiel[i]);
            }
        }

        var secteurs = new Secteur[declarations.Count];
        for (var s = 0; s < secteurs.Length; s++)
        {
            secteurs[s] = new Secteur(s, declarations[s].Nom, ImmutableCollectionsMarshal.AsImmutableArray(declarations[s].TravailleursSociaux.ToArray()), ImmutableCollectionsMarshal.AsImmutableArray(communes[s].ToArray()));
        }

        return new CarteDesSecteurs(referentiel, departement, secteurs, secteurParCommune, ImmutableCollectionsMarshal.AsImmutableArray(migrations.ToArray()));
    }

    private static string Ou(int? ligne) => ligne is { } l ? string.Create(CultureInfo.InvariantCulture, $" (ligne {l})") : string.Empty;

    /// <summary>Un secteur déclaré : son nom, ses travailleurs sociaux et la ligne de sa première apparition.</summary>
    internal sealed record DeclarationSecteur(string Nom, List<TravailleurSocial> TravailleursSociaux, int? Ligne);

    /// <summary>Une commune affectée à un secteur, avec la ligne du fichier importé.</summary>
    internal readonly record struct AffectationCommune(int? Ligne, CodeCommune Code, string Secteur);
}
