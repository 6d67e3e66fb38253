using System.Collections.Immutable;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Un dossier RSA lu d'un flux Caf « RSA bénéficiaires » (bloc <c>InfosFoyerRSA</c> du schéma VRSB0801), réduit à ce
/// que le modèle de la bibliothèque utilise : le numéro allocataire, les personnes (rôle, naissance, droits et
/// devoirs), la situation de famille, la commune de la dernière adresse, l'état du droit au RSA avec ses motifs de
/// suspension et de clôture, l'indicateur « sans domicile fixe » et les événements.
/// </summary>
/// <remarks>
/// <para>Construit par <see cref="Builder"/> (qui vérifie ses invariants) ou par <see cref="FluxRsa.Lire(Stream)"/>.
/// Invariants : numéro allocataire défini, organisme de 1 à 3 caractères, au moins une personne, situation de famille
/// et date de la demande connues, fait générateur de 1 à 9 caractères.</para>
/// <para>Minimisation : ni nom, ni NIR, ni adresse postale ; <see cref="ToString"/> masque le numéro allocataire.</para>
/// <para><see cref="VersFoyer"/> en fait un <see cref="Foyer"/> (entrée de la segmentation et des ruptures de droits).</para>
/// </remarks>
public sealed class DossierRsa
{
    internal DossierRsa(DossierRsaBuilder b, ImmutableArray<PersonneRsa> personnes)
    {
        Numero = b.Numero;
        Organisme = b.OrganismeValeur;
        DateDesDonnees = b.DateDesDonnees;
        DateDemande = b.DateDemandeValeur!.Value;
        Personnes = personnes;
        SituationFamille = b.SituationValeur!;
        DateSituation = b.DateSituationValeur;
        Commune = b.CommuneValeur;
        Etat = b.Etat;
        Suspensions = [.. b.SuspensionsValeur];
        Cloture = b.ClotureValeur;
        SansDomicileFixe = b.SansDomicileFixeValeur;
        Evenements = [.. b.EvenementsValeur];
    }

    /// <summary>Le numéro allocataire (tiré du <c>MATRICULE</c> d'un dossier Caf).</summary>
    public NumeroAllocataire Numero { get; }

    /// <summary>Le numéro de l'organisme qui sert le RSA (<c>NUMORG</c>, la Caf).</summary>
    public string Organisme { get; }

    /// <summary>La date de référence du flux (<c>DTREF</c>) : les valeurs du dossier sont connues à cette date.</summary>
    public LocalDate DateDesDonnees { get; }

    /// <summary>La date de la demande de RSA (<c>DTDEMRSA</c>).</summary>
    public LocalDate DateDemande { get; }

    /// <summary>Les personnes du dossier, dans l'ordre du flux.</summary>
    public ImmutableArray<PersonneRsa> Personnes { get; }

    /// <summary>La situation de famille (<c>SITFAM</c>).</summary>
    public SituationFamilleRsa SituationFamille { get; }

    /// <summary>La date de début de la situation de famille (<c>DDSITFAM</c>).</summary>
    public LocalDate DateSituation { get; }

    /// <summary>La commune (code Insee <c>NUMCOM</c>) de la dernière adresse en France, ou <see langword="null"/>
    /// (adresse hors de France, adresse sans détail).</summary>
    public CodeCommune? Commune { get; }

    /// <summary>L'état du droit au RSA (<c>ETATDOSRSA</c>).</summary>
    public EtatDossierRsa Etat { get; }

    /// <summary>Les suspensions du versement en cours dans la période de référence, dans l'ordre du flux.</summary>
    public ImmutableArray<SuspensionVersementRsa> Suspensions { get; }

    /// <summary>La fin du droit, ou <see langword="null"/>.</summary>
    public ClotureRsa? Cloture { get; }

    /// <summary>Le foyer est sans domicile fixe (<c>TOPSANSDOMFIXE</c>). Le modèle des foyers n'a pas cette donnée : elle
    /// reste ici.</summary>
    public bool SansDomicileFixe { get; }

    /// <summary>Les événements (faits générateurs) des flux infra-mensuels, dans l'ordre du flux.</summary>
    public ImmutableArray<EvenementFluxRsa> Evenements { get; }

    /// <summary>Le demandeur (rôle DEM), ou <see langword="null"/> si le dossier n'en a pas.</summary>
    public PersonneRsa? Demandeur => Personnes.FirstOrDefault(p => p.Role == RolePersonneRsa.Demandeur);

    /// <summary>Commence la construction d'un dossier.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="dateDesDonnees">La date de référence du flux (date des droits et devoirs).</param>
    /// <param name="etat">L'état du droit au RSA.</param>
    /// <returns>Le constructeur.</returns>
    public static DossierRsaBuilder Builder(NumeroAllocataire numero, LocalDate dateDesDonnees, EtatDossierRsa etat) =>
        new(numero, dateDesDonnees, Preconditions.CheckNotNull(etat));

    /// <summary>
    /// Le foyer du modèle de la bibliothèque : l'allocataire (DEM), le conjoint (CJT), les enfants (ENF), la commune,
    /// la soumission aux droits et devoirs de l'allocataire et du conjoint, et le droit au RSA avec ses codes.
    /// </summary>
    /// <returns>Le foyer, ou les erreurs <c>flux.foyer.*</c> et celles de <see cref="FoyerBuilder.Build"/>.</returns>
    /// <remarks>
    /// <para>Règles : un demandeur exactement (<c>flux.foyer.demandeur</c>), un conjoint au plus
    /// (<c>flux.foyer.conjoint</c>), une commune connue (<c>flux.foyer.commune</c> : un dossier sans adresse détaillée en
    /// France n'a pas de commune, donc pas de secteur). La situation est « en couple » quand le dossier a un conjoint,
    /// « personne seule » sinon, depuis <see cref="DateSituation"/> : le rôle RSA fait foi, pas le code <c>SITFAM</c>
    /// (un foyer RSA peut compter un conjoint sous une situation « célibataire »). Les autres personnes (AUT, RDO) ne
    /// sont pas reprises.</para>
    /// <para>Droit au RSA : l'état <see cref="Etat"/> ; le motif de suspension le plus récent quand l'état est une
    /// suspension (3, 4), le motif de clôture quand l'état est une clôture (5, 6) ; daté de la suspension ou de la
    /// clôture, à défaut de la date de la demande. Ressources et montants ne sont pas repris (le flux les donne par
    /// personne et par nature, le modèle par foyer).</para>
    /// </remarks>
    public Resultat<Foyer> VersFoyer()
    {
        var demandeurs = Personnes.Where(p => p.Role == RolePersonneRsa.Demandeur).ToList();
        var conjoints = Personnes.Where(p => p.Role == RolePersonneRsa.Conjoint).ToList();
        var erreurs = new List<Erreur>();
        if (demandeurs.Count != 1)
        {
            erreurs.Add(new Erreur("flux.foyer.demandeur", "ROLEPERS", demandeurs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "Un foyer a un demandeur (ROLEPERS DEM) exactement."));
        }

        if (conjoints.Count > 1)
        {
            erreurs.Add(new Erreur("flux.foyer.conjoint", "ROLEPERS", conjoints.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "Un foyer a un conjoint (ROLEPERS CJT) au plus."));
        }

        if (Commune is not { } commune)
        {
            erreurs.Add(new Erreur("flux.foyer.commune", "NUMCOM", null, "Le dossier n'a pas de commune de résidence en France (adresse détaillée absente)."));
        }

        if (erreurs.Count > 0)
        {
            return Resultat<Foyer>.Echec(erreurs);
        }

        var demandeur = demandeurs[0];
        var builder = Foyer.Builder(Numero, Commune!.Value, demandeur.DateNaissance);
        if (conjoints.Count == 1)
        {
            builder.EnCouple(conjoints[0].DateNaissance, DateSituation);
            if (conjoints[0].DroitsEtDevoirs is { } dc)
            {
                builder.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, dc.Soumis, dc.Depuis);
            }
        }
        else
        {
            builder.Isole(DateSituation);
        }

        if (demandeur.DroitsEtDevoirs is { } da)
        {
            builder.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, da.Soumis, da.Depuis);
        }

        foreach (var enfant in Personnes.Where(p => p.Role == RolePersonneRsa.Enfant))
        {
            builder.AvecEnfant(enfant.DateNaissance);
        }

        var suspension = Etat.EtatGenerique == EtatDroit.Suspendu ? Suspensions.OrderBy(s => s.Depuis).LastOrDefault() : null;
        var cloture = Etat.EtatGenerique == EtatDroit.Clos ? Cloture : null;
        var depuis = cloture?.Date ?? suspension?.Depuis ?? DateDemande;
        builder.AvecDroitRsa(Etat, depuis, suspension?.Motif, cloture?.Motif);
        return builder.Build();
    }

    /// <summary>Résumé sans donnée personnelle en clair (numéro masqué).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Dossier RSA {Numero} : {Etat.Libelle} (ETATDOSRSA {Etat.Code}), {Personnes.Length} personne(s)";
}
