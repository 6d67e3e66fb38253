using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Construit une <see cref="CarteDesSecteurs"/> : déclarer les secteurs et leurs travailleurs sociaux, y affecter les
/// communes, puis <see cref="Build"/> qui valide le tout et rapporte tous les problèmes à la fois.
/// </summary>
/// <example>
/// <code>
/// var carte = CarteDesSecteurs.Builder("40")
///     .AjouterSecteur("Grand Dax", TravailleurSocial.FromIdentifiant("TS-01"))
///     .Affecter("Grand Dax", codesDuGrandDax)
///     // … les autres secteurs …
///     .Build();
/// </code>
/// </example>
public sealed class CarteDesSecteursBuilder
{
    private readonly ReferentielCommunes _referentiel;
    private readonly string _departement;
    private readonly List<CarteDesSecteurs.DeclarationSecteur> _declarations = [];
    private readonly List<CarteDesSecteurs.AffectationCommune> _affectations = [];
    private readonly List<Erreur> _erreurs = [];
    private bool _migrer;

    internal CarteDesSecteursBuilder(string departement, ReferentielCommunes referentiel)
    {
        _departement = departement;
        _referentiel = referentiel;
    }

    /// <summary>Déclare un secteur et ses travailleurs sociaux (aucun si le poste est vacant).</summary>
    /// <param name="nom">Le nom du secteur, unique dans la carte.</param>
    /// <param name="travailleursSociaux">Ses travailleurs sociaux.</param>
    /// <returns>Ce constructeur.</returns>
    /// <remarks>Un nom vide ou déjà déclaré est rapporté par <see cref="Build"/> (<c>secteur.nom.vide</c>, <c>secteur.nom.doublon</c>).</remarks>
    public CarteDesSecteursBuilder AjouterSecteur(string nom, params IEnumerable<TravailleurSocial> travailleursSociaux)
    {
        Preconditions.CheckNotNull(travailleursSociaux);
        var lu = CarteDesSecteurs.LireNomSecteur(nom, null, _erreurs);
        if (lu is null)
        {
            return this;
        }

        if (_declarations.Any(d => d.Nom == lu))
        {
            _erreurs.Add(new Erreur("secteur.nom.doublon", "secteur", lu, $"Le secteur « {lu} » est déjà déclaré."));
            return this;
        }

        var liste = new List<TravailleurSocial>();
        foreach (var t in travailleursSociaux)
        {
            if (!liste.Contains(Preconditions.CheckNotNull(t)))
            {
                liste.Add(t);
            }
        }

        _declarations.Add(new CarteDesSecteurs.DeclarationSecteur(lu, liste, null));
        return this;
    }

    /// <summary>Affecte des communes à un secteur déclaré.</summary>
    /// <param name="secteur">Le nom du secteur.</param>
    /// <param name="codes">Les codes des communes (un ancien code est refusé, sauf migration demandée).</param>
    /// <returns>Ce constructeur.</returns>
    public CarteDesSecteursBuilder Affecter(string secteur, params IEnumerable<CodeCommune> codes)
    {
        Preconditions.CheckNotNull(secteur);
        Preconditions.CheckNotNull(codes);
        foreach (var code in codes)
        {
            Preconditions.CheckArgument(code.EstDefini, nameof(codes), "Un code commune non défini (default) ne peut être affecté.");
            _affectations.Add(new CarteDesSecteurs.AffectationCommune(null, code, secteur.Trim()));
        }

        return this;
    }

    /// <summary>
    /// Demande la migration des anciens codes : le code d'une ancienne commune est remplacé par celui de la commune nouvelle
    /// où elle a fusionné, et chaque remplacement est rapporté dans <see cref="CarteDesSecteurs.Migrations"/>.
    /// </summary>
    /// <returns>Ce constructeur.</returns>
    public CarteDesSecteursBuilder MigrerLesAnciensCodes()
    {
        _migrer = true;
        return this;
    }

    /// <summary>Valide la carte.</summary>
    /// <returns>La carte, ou toutes les erreurs : code inconnu, commune d'un autre département, commune dans deux
    /// secteurs, communes dans aucun secteur (toutes listées), ancien code, secteur vide, nom de secteur invalide.</returns>
    public Resultat<CarteDesSecteurs> Build() =>
        CarteDesSecteurs.Valider(_referentiel, _departement, _declarations, _affectations, _migrer, [.. _erreurs]);
}
