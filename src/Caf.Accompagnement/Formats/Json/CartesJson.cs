using System.Text.Json;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture d'une <see cref="CarteDesSecteurs"/> au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>). La lecture applique la validation de la carte (toutes les communes du département, chacune
/// dans un seul secteur, codes connus du référentiel, secteurs déclarés) et situe chaque erreur par son chemin JSON.
/// </summary>
public static class CartesJson
{
    /// <summary>Écrit une carte (schéma version 1).</summary>
    /// <param name="carte">La carte.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(CarteDesSecteurs carte) =>
        JsonSerializer.Serialize(ToDocument(carte), CafJsonContext.Default.CarteDesSecteursDocument);

    /// <summary>Lit une carte.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <param name="referentiel">Le référentiel des communes (<see cref="ReferentielCommunes.Cog2026"/> si absent).</param>
    /// <returns>La carte, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<CarteDesSecteurs> Lire(string json, ReferentielCommunes? referentiel = null)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.CarteDesSecteursDocument).Bind(d => FromDocument(d, referentiel));
    }

    /// <summary>Convertit une carte en objet de transfert.</summary>
    /// <param name="carte">La carte.</param>
    /// <returns>L'objet de transfert.</returns>
    public static CarteDesSecteursDocument ToDocument(CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(carte);
        return new CarteDesSecteursDocument
        {
            Departement = carte.Departement,
            Referentiel = carte.Referentiel.Millesime,
            Secteurs = [.. carte.Secteurs.Select(s => new SecteurDocument
            {
                Nom = s.Nom,
                TravailleursSociaux = [.. s.TravailleursSociaux.Select(t => t.Identifiant)],
                Communes = [.. s.Communes.Select(c => c.Code.ToString())],
            })],
        };
    }

    /// <summary>Valide un objet de transfert et construit la carte ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="referentiel">Le référentiel des communes (<see cref="ReferentielCommunes.Cog2026"/> si absent).</param>
    /// <returns>La carte, ou toutes les erreurs : valeurs mal formées, <c>json.version</c>, et les erreurs de la
    /// validation de la carte (<c>secteur.*</c>, <c>referent.identifiant.*</c>).</returns>
    public static Resultat<CarteDesSecteurs> FromDocument(CarteDesSecteursDocument document, ReferentielCommunes? referentiel = null)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, CarteDesSecteursDocument.VersionActuelle) is { } version)
        {
            return Resultat<CarteDesSecteurs>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.CarteDesSecteursDocument) is { } absents)
        {
            return Resultat<CarteDesSecteurs>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var departement = l.Texte(document.Departement, "$.departement");

        // Chaque déclaration et chaque affectation reçoit un numéro qui sert de « ligne » à la validation de la carte,
        // puis est traduit en chemin JSON.
        var chemins = new List<string>();
        int Ligne(string chemin)
        {
            chemins.Add(chemin);
            return chemins.Count;
        }

        var declarations = new List<CarteDesSecteurs.DeclarationSecteur>();
        var affectations = new List<CarteDesSecteurs.AffectationCommune>();
        var erreursCarte = new List<Erreur>();
        for (var i = 0; i < document.Secteurs.Count; i++)
        {
            var chemin = $"$.secteurs[{i}]";
            if (!l.Present(document.Secteurs[i], chemin))
            {
                continue;
            }

            var s = document.Secteurs[i];
            var travailleurs = new List<TravailleurSocial>();
            for (var k = 0; k < s.TravailleursSociaux.Count; k++)
            {
                if (l.Objet(TravailleurSocial.Create(s.TravailleursSociaux[k]), $"{chemin}.travailleursSociaux[{k}]") is { } t && !travailleurs.Contains(t))
                {
                    travailleurs.Add(t);
                }
            }

            var ligne = Ligne($"{chemin}.nom");
            var nom = CarteDesSecteurs.LireNomSecteur(s.Nom, ligne, erreursCarte);
            if (nom is not null)
            {
                declarations.Add(new CarteDesSecteurs.DeclarationSecteur(nom, travailleurs, ligne));
            }

            for (var j = 0; j < s.Communes.Count; j++)
            {
                var c = $"{chemin}.communes[{j}]";
                if (l.Commune(s.Communes[j], c) is { } code)
                {
                    affectations.Add(new CarteDesSecteurs.AffectationCommune(Ligne(c), code, nom ?? string.Empty));
                }
            }
        }

        if (l.EnErreur || departement is null)
        {
            return Resultat<CarteDesSecteurs>.Echec(l.Erreurs);
        }

        var r = CarteDesSecteurs.Valider(referentiel ?? ReferentielCommunes.Cog2026, departement.Trim(), declarations, affectations, document.MigrerLesAnciensCodes, erreursCarte);
        if (r.TryGetValue(out var carte))
        {
            return carte;
        }

        return Resultat<CarteDesSecteurs>.Echec(r.Erreurs.Select(e =>
        {
            var chemin = e.Ligne is { } n && n >= 1 && n <= chemins.Count ? chemins[n - 1] : e.Champ == "departement" ? "$.departement" : "$.secteurs";
            var message = System.Text.RegularExpressions.Regex.Replace(
                e.Message,
                @"\(ligne (\d+)\)",
                m => int.TryParse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= chemins.Count ? $"({chemins[k - 1]})" : m.Value,
                System.Text.RegularExpressions.RegexOptions.None,
                TimeSpan.FromSeconds(1));
            return new Erreur(e.Code, LecteurDeDocument.Champ(chemin), e.Valeur, message, chemin: chemin);
        }));
    }

    /// <summary>Écrit la carte dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="carte">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(CarteDesSecteurs carte, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(carte), CafJsonContext.Default.CarteDesSecteursDocument);

    /// <summary>Écrit la carte dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="carte">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(CarteDesSecteurs carte, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(carte), CafJsonContext.Default.CarteDesSecteursDocument, annulation);

    /// <summary>Lit la carte depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="referentiel">Le référentiel des communes (<see cref="ReferentielCommunes.Cog2026"/> si absent).</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<CarteDesSecteurs> Lire(Stream flux, ReferentielCommunes? referentiel = null) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.CarteDesSecteursDocument).Bind(d => FromDocument(d, referentiel));

    /// <summary>Lit la carte depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="referentiel">Le référentiel des communes (<see cref="ReferentielCommunes.Cog2026"/> si absent).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<CarteDesSecteurs>> LireAsync(Stream flux, ReferentielCommunes? referentiel = null, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.CarteDesSecteursDocument, annulation).ConfigureAwait(false)).Bind(d => FromDocument(d, referentiel));
}
