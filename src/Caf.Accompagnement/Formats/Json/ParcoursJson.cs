using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Contrats.Regles;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'un <see cref="Parcours"/> (orientations, référents, contrats avec leur statut,
/// leur période, leurs avenants et leurs renouvellements) au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>).
/// </summary>
/// <remarks>
/// La lecture vérifie les valeurs puis les invariants du parcours — orientations et désignations successives sans
/// chevauchement, contrats numérotés dans l'ordre, régime fixé par la date d'établissement, contenu conforme au régime,
/// période de <c>dureeEnMois</c> mois, au plus un brouillon, périodes sans chevauchement, renouvellements liés dans les
/// deux sens et commençant le lendemain de la fin du contrat renouvelé ; avec une carte des secteurs, un référent de la
/// Caf doit être un travailleur social du secteur du foyer. Toute violation est une erreur située par son chemin
/// JSON ; jamais de parcours à moitié construit.
/// </remarks>
public static class ParcoursJson
{
    /// <summary>Écrit l'instantané d'un parcours (schéma version 1).</summary>
    /// <param name="parcours">Le parcours.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(Parcours parcours) =>
        JsonSerializer.Serialize(ToDocument(parcours), CafJsonContext.Default.ParcoursDocument);

    /// <summary>Lit l'instantané d'un parcours.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <param name="carte">La carte des secteurs, pour vérifier les référents de la Caf (facultative).</param>
    /// <returns>Le parcours, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Parcours> Lire(string json, CarteDesSecteurs? carte = null)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.ParcoursDocument).Bind(d => FromDocument(d, carte));
    }

    /// <summary>Convertit un parcours en objet de transfert.</summary>
    /// <param name="parcours">Le parcours.</param>
    /// <returns>L'objet de transfert.</returns>
    public static ParcoursDocument ToDocument(Parcours parcours)
    {
        Preconditions.CheckNotNull(parcours);
        var p = parcours.Parametres;
        return new ParcoursDocument
        {
            NumeroAllocataire = parcours.Beneficiaire.Dossier.EnClair,
            Role = parcours.Beneficiaire.Role.Code,
            Commune = parcours.Commune.ToString(),
            Parametres = new ParametresDepartementauxDocument
            {
                DureeParDefautEnMois = p.DureeParDefautEnMois,
                DureeMaximaleEnMois = p.DureeMaximaleEnMois,
                RenouvellementsMaximum = p.RenouvellementsMaximum,
                DelaiDeSignatureEnMois = p.DelaiDeSignatureEnMois,
            },
            Orientations = [.. parcours.Orientations.Select(VersDocument)],
            Referents = [.. parcours.Referents.Select(d => new DesignationReferentDocument { Referent = VersDocument(d.Referent), Debut = Iso(d.Debut), Fin = Iso(d.Fin) })],
            Contrats = [.. parcours.Contrats.Select(c => new ContratDocument
            {
                Numero = c.Numero,
                Regime = c.Regime.Code,
                Statut = c.Statut.Code,
                Referent = VersDocument(c.Referent),
                Orientation = VersDocument(c.Orientation),
                DateEtablissement = Iso(c.DateEtablissement),
                DureeEnMois = c.DureeEnMois,
                Engagements = [.. c.Engagements.Select(VersDocument)],
                PlanDAction = VersDocument(c.PlanDAction),
                Predecesseur = c.Predecesseur,
                Successeur = c.Successeur,
                RangDeRenouvellement = c.RangDeRenouvellement,
                DateSignature = Iso(c.DateSignature),
                SignatureTardive = c.SignatureTardive,
                Debut = Iso(c.Debut),
                Fin = Iso(c.Fin),
                FinEffective = Iso(c.FinEffective),
                Motif = c.Motif,
                Avenants = [.. c.Avenants.Select(a => new AvenantDocument
                {
                    Numero = a.Numero,
                    Date = Iso(a.Date),
                    Motif = a.Motif,
                    EngagementsAvant = [.. a.EngagementsAvant.Select(VersDocument)],
                    PlanAvant = VersDocument(a.PlanAvant),
                })],
            })],
            FranceTravail = parcours.FranceTravail is { } ft ? new InscriptionFranceTravailDocument { Date = Iso(ft.Date), Identifiant = ft.Identifiant } : null,
            OrganismesReferents = [.. parcours.OrganismesReferents.Select(o => new DecisionOrganismeReferentDocument { Organisme = o.Organisme.Code, Date = Iso(o.Date) })],
            Sanctions = [.. parcours.Sanctions.Select(VersDocument)],
            Sortie = parcours.Sortie is { } sortie ? new SortieDocument { Date = Iso(sortie.Date), Motif = sortie.Motif.Code } : null,
        };
    }

    /// <summary>Vérifie un objet de transfert et restaure le parcours ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="carte">La carte des secteurs, pour vérifier les référents de la Caf (facultative).</param>
    /// <returns>Le parcours, ou toutes les erreurs : valeurs mal formées ou codes inconnus, <c>json.version</c>,
    /// <c>parcours.orientation.succession</c>, <c>parcours.referent.succession</c>, <c>parcours.contrat.numero</c>,
    /// <c>parcours.contrat.regime</c>, <c>parcours.contrat.brouillon</c>, <c>parcours.contrat.brouillons</c>,
    /// <c>parcours.contrat.periode</c>, <c>parcours.contrat.motif</c>, <c>parcours.contrat.chevauchement</c>,
    /// <c>parcours.contrat.renouvellement</c>, <c>parcours.avenant.ordre</c>, les règles du contenu
    /// (<c>contrats.contrat.sans_engagement</c>, <c>contrats.plan.*</c>) et du référent
    /// (<c>contrats.referent.*</c>).</returns>
    public static Resultat<Parcours> FromDocument(ParcoursDocument document, CarteDesSecteurs? carte = null)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, ParcoursDocument.VersionActuelle) is { } version)
        {
            return Resultat<Parcours>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.ParcoursDocument) is { } absents)
        {
            return Resultat<Parcours>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var numero = l.Numero(document.NumeroAllocataire, "$.numeroAllocataire");
        var role = l.Code<RoleDansLeFoyer>(document.Role, "$.role");
        IdentifiantBeneficiaire? beneficiaire = null;
        if (numero is { } n && role is not null)
        {
            beneficiaire = l.Valeur(IdentifiantBeneficiaire.Create(n, role), "$.role");
        }

        var commune = l.Commune(document.Commune, "$.commune");
        var parametres = LireParametres(document.Parametres, l);
        var orientations = LireSuccession(document.Orientations, "$.orientations", "parcours.orientation.succession", LireOrientation, o => (o.Debut, o.Fin), l);
        if (orientations is { Length: > 0 } os)
        {
            for (var i = 0; i < os.Length; i++)
            {
                if (os[i].EcourteeParReorientation != (i < os.Length - 1))
                {
                    l.Ajouter("parcours.orientation.succession", $"$.orientations[{i}].ecourteeParReorientation", null, "Seules les orientations suivies d'une réorientation sont écourtées.");
                }
            }
        }

        var referents = LireSuccession(document.Referents, "$.referents", "parcours.referent.succession", LireDesignation, d => (d.Debut, d.Fin), l);
        var contrats = new List<Contrat?>();
        for (var i = 0; i < document.Contrats.Count; i++)
        {
            var chemin = $"$.contrats[{i}]";
            contrats.Add(l.Present(document.Contrats[i], chemin) && beneficiaire is { } b && commune is { } c
                ? LireContrat(document.Contrats[i], i, b, c, l, chemin)
                : null);
        }

        if (l.EnErreur)
        {
            return Resultat<Parcours>.Echec(l.Erreurs);
        }

        VerifierContrats([.. contrats.Select(c => c!)], l);
        if (carte is not null)
        {
            var aVerifier = referents!.Value.AsEnumerable().Select((d, i) => (d.Referent, Chemin: $"$.referents[{i}].referent"))
                .Concat(contrats.Select((k, i) => (k!.Referent, Chemin: $"$.contrats[{i}].referent")));
            foreach (var (referent, chemin) in aVerifier)
            {
                if (RegleReferentDuSecteur.Verifier(referent, commune!.Value, carte) is { } e)
                {
                    l.Erreurs.Add(e.PourChamp("referent").AuChemin(chemin));
                }
            }
        }

        if (l.EnErreur)
        {
            return Resultat<Parcours>.Echec(l.Erreurs);
        }

        var parcours = Parcours.Restaurer(beneficiaire!.Value, commune!.Value, parametres!, orientations!.Value, referents!.Value, [.. contrats.Select(c => c!)]);
        return Rejouer(parcours, document, l);
    }

    private static SanctionDocument VersDocument(Sanction s) => new()
    {
        Manquement = s.Demande.Manquement.Type.Code,
        DateManquement = Iso(s.Demande.Manquement.Date),
        NumeroContrat = s.Demande.Manquement.NumeroContrat,
        DateDecision = Iso(s.Debut),
        TauxPourcent = s.TauxPourcent,
        DureeEnMois = s.DureeEnMois,
        Nature = s.Nature.Code,
        Reiteration = s.Demande.Reiteration,
        FoyerDePlusieursPersonnes = s.Demande.FoyerDePlusieursPersonnes,
        MajorationIsolement = s.Demande.MajorationIsolement,
        Saisine = s.Demande.Audition is { } a ? Iso(a.Saisine) : null,
        Audition = s.Demande.Audition?.Audition is { } au ? Iso(au) : null,
        Information = s.Demande.Observations is { } o ? Iso(o.Information) : null,
        Observations = s.Demande.Observations?.Observations is { } ob ? Iso(ob) : null,
        Reprise = s.Reprise is { } r ? Iso(r) : null,
    };

    // Inscription, organismes, sanctions et sortie sont rejoués par les commandes du parcours : leurs règles sont
    // vérifiées à nouveau, et chaque refus est situé par son chemin.
    private static Resultat<Parcours> Rejouer(Parcours parcours, ParcoursDocument document, LecteurDeDocument l)
    {
        bool Appliquer(Resultat<Transition> r, string chemin)
        {
            if (r.TryGetValue(out var t))
            {
                parcours = t.Parcours;
                return true;
            }

            l.Erreurs.AddRange(r.Erreurs.Select(e => e.AuChemin(chemin)));
            return false;
        }

        if (document.FranceTravail is { } ft && l.Date(ft.Date, "$.franceTravail.date") is { } dateFt)
        {
            Appliquer(parcours.InscrireAFranceTravail(dateFt, ft.Identifiant), "$.franceTravail");
        }

        for (var i = 0; i < document.OrganismesReferents.Count; i++)
        {
            var c = $"$.organismesReferents[{i}]";
            var d = document.OrganismesReferents[i];
            var organisme = l.Code<OrganismeReferent>(d.Organisme, $"{c}.organisme");
            if (l.Date(d.Date, $"{c}.date") is { } date && organisme is not null)
            {
                Appliquer(parcours.DeciderOrganismeReferent(organisme, date), c);
            }
        }

        for (var i = 0; i < document.Sanctions.Count; i++)
        {
            var c = $"$.sanctions[{i}]";
            if (LireDemande(document.Sanctions[i], parcours.Beneficiaire, l, c) is { } demande
                && Appliquer(parcours.Sanctionner(demande), c)
                && document.Sanctions[i].Reprise is { } texte
                && l.Date(texte, $"{c}.reprise") is { } reprise)
            {
                Appliquer(parcours.ReprendreLeVersement(reprise), $"{c}.reprise");
            }
        }

        if (document.Sortie is { } sortie)
        {
            var motif = l.Code<MotifSortie>(sortie.Motif, "$.sortie.motif");
            if (l.Date(sortie.Date, "$.sortie.date") is { } date && motif is not null)
            {
                Appliquer(motif == MotifSortie.Radiation ? parcours.Radier(date) : parcours.Sortir(date, motif), "$.sortie");
            }
        }

        return l.EnErreur ? Resultat<Parcours>.Echec(l.Erreurs) : parcours;
    }

    private static DemandeDeSanction? LireDemande(SanctionDocument d, IdentifiantBeneficiaire beneficiaire, LecteurDeDocument l, string c)
    {
        var avant = l.Erreurs.Count;
        var type = l.Code<TypeManquement>(d.Manquement, $"{c}.manquement");
        var dateManquement = l.Date(d.DateManquement, $"{c}.dateManquement");
        var decision = l.Date(d.DateDecision, $"{c}.dateDecision");
        var nature = d.Nature is null ? null : l.Code<NatureSanction>(d.Nature, $"{c}.nature");
        var (saisineValide, saisine) = l.DateFacultative(d.Saisine, $"{c}.saisine");
        var (auditionValide, audition) = l.DateFacultative(d.Audition, $"{c}.audition");
        var (informationValide, information) = l.DateFacultative(d.Information, $"{c}.information");
        var (observationsValide, observations) = l.DateFacultative(d.Observations, $"{c}.observations");
        if (l.Erreurs.Count > avant || !saisineValide || !auditionValide || !informationValide || !observationsValide)
        {
            return null;
        }

        return new DemandeDeSanction(
            new Manquement(beneficiaire, type!, dateManquement!.Value, d.NumeroContrat),
            decision!.Value,
            d.TauxPourcent,
            d.DureeEnMois,
            saisine is { } s ? new AuditionEquipePluridisciplinaire(s, audition) : null,
            d.Reiteration,
            d.FoyerDePlusieursPersonnes,
            d.MajorationIsolement,
            nature,
            information is { } i ? new ObservationsPrealables(i, observations) : null);
    }

    private static ParametresDepartementaux? LireParametres(ParametresDepartementauxDocument? d, LecteurDeDocument l)
    {
        if (!l.Present(d, "$.parametres"))
        {
            return null;
        }

        var maximale = l.Borne(d!.DureeMaximaleEnMois, 1, 60, "$.parametres.dureeMaximaleEnMois");
        var defaut = l.Borne(d.DureeParDefautEnMois, 1, maximale ?? 60, "$.parametres.dureeParDefautEnMois");
        var renouvellements = l.Borne(d.RenouvellementsMaximum, 0, 100, "$.parametres.renouvellementsMaximum");
        var delai = l.Borne(d.DelaiDeSignatureEnMois, 1, 12, "$.parametres.delaiDeSignatureEnMois");
        return maximale is null || defaut is null || renouvellements is null || delai is null
            ? null
            : new ParametresDepartementaux(defaut.Value, maximale.Value, renouvellements.Value, delai.Value);
    }

    /// <summary>Lit une suite datée (orientations, désignations) : chaque élément sauf le dernier finit la veille du suivant, le dernier est ouvert.</summary>
    private static ImmutableArray<T>? LireSuccession<TDocument, T>(
        List<TDocument> documents,
        string chemin,
        string code,
        Func<TDocument, LecteurDeDocument, string, T?> lire,
        Func<T, (LocalDate Debut, LocalDate? Fin)> bornes,
        LecteurDeDocument l)
        where TDocument : class
        where T : class
    {
        var avant = l.Erreurs.Count;
        var elements = new List<T>();
        for (var i = 0; i < documents.Count; i++)
        {
            var c = $"{chemin}[{i}]";
            if (l.Present(documents[i], c) && lire(documents[i], l, c) is { } e)
            {
                elements.Add(e);
            }
        }

        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var (debut, fin) = bornes(elements[i]);
            LocalDate? attendue = i < elements.Count - 1 ? bornes(elements[i + 1]).Debut.PlusDays(-1) : null;
            if (i < elements.Count - 1 && bornes(elements[i + 1]).Debut <= debut)
            {
                l.Ajouter(code, $"{chemin}[{i + 1}].debut", Iso(bornes(elements[i + 1]).Debut), "Les éléments se succèdent par date strictement croissante.");
            }
            else if (fin != attendue)
            {
                l.Ajouter(code, $"{chemin}[{i}].fin", Iso(fin), attendue is { } a
                    ? $"Un élément suivi d'un autre finit la veille de celui-ci ({Dates.Formater(a)})."
                    : "Le dernier élément est en vigueur sans date de fin.");
            }
        }

        return l.Erreurs.Count > avant ? null : [.. elements];
    }

    private static Orientation? LireOrientation(OrientationDocument d, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        var type = l.Code<TypeOrientation>(d.Type, $"{chemin}.type");
        var debut = l.Date(d.Debut, $"{chemin}.debut");
        var (_, fin) = l.DateFacultative(d.Fin, $"{chemin}.fin");
        return l.Erreurs.Count > avant ? null : new Orientation(type!, debut!.Value, fin, d.EcourteeParReorientation);
    }

    private static DesignationReferent? LireDesignation(DesignationReferentDocument d, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        var referent = LireReferent(d.Referent, l, $"{chemin}.referent");
        var debut = l.Date(d.Debut, $"{chemin}.debut");
        var (_, fin) = l.DateFacultative(d.Fin, $"{chemin}.fin");
        return l.Erreurs.Count > avant ? null : new DesignationReferent(referent!, debut!.Value, fin);
    }

    private static Referent? LireReferent(ReferentDocument? d, LecteurDeDocument l, string chemin)
    {
        if (!l.Present(d, chemin))
        {
            return null;
        }

        var organisme = l.Code<OrganismeReferent>(d!.Organisme, $"{chemin}.organisme");
        if (organisme == OrganismeReferent.Caf)
        {
            return l.Objet(TravailleurSocial.Create(d.Identifiant), $"{chemin}.identifiant") is { } ts ? Referent.DeLaCaf(ts) : null;
        }

        var identifiant = l.Texte(d.Identifiant, $"{chemin}.identifiant");
        return organisme is null || identifiant is null ? null : Referent.DUnAutreOrganisme(identifiant, organisme);
    }

    private static ImmutableArray<Engagement>? LireEngagements(List<EngagementDocument> documents, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        var engagements = ImmutableArray.CreateBuilder<Engagement>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var c = $"{chemin}[{i}]";
            if (!l.Present(documents[i], c))
            {
                continue;
            }

            var d = documents[i];
            var domaine = l.Code<DomaineEngagement>(d.Domaine, $"{c}.domaine");
            var debiteur = l.Code<DebiteurEngagement>(d.Debiteur, $"{c}.debiteur");
            var libelle = l.Texte(d.Libelle, $"{c}.libelle");
            var echeance = l.Date(d.Echeance, $"{c}.echeance");
            var statut = l.Code<StatutEngagement>(d.Statut, $"{c}.statut");
            if (domaine is not null && debiteur is not null && libelle is not null && echeance is not null && statut is not null)
            {
                engagements.Add(new Engagement(domaine, debiteur, libelle, echeance.Value, statut));
            }
        }

        return l.Erreurs.Count > avant ? null : engagements.ToImmutable();
    }

    private static (bool Valide, PlanDAction? Plan) LirePlan(PlanDActionDocument? d, LecteurDeDocument l, string chemin)
    {
        if (d is null)
        {
            return (true, null);
        }

        var r = PlanDAction.Create(d.HeuresHebdomadaires, d.MotifAjustement);
        if (r.TryGetValue(out var plan))
        {
            return (true, plan);
        }

        l.Erreurs.AddRange(r.Erreurs.Select(e =>
        {
            var champ = e.Code == "contrats.plan.heures" ? "heuresHebdomadaires" : "motifAjustement";
            return e.PourChamp(champ).AuChemin($"{chemin}.{champ}");
        }));
        return (false, null);
    }

    private static Contrat? LireContrat(ContratDocument d, int index, IdentifiantBeneficiaire beneficiaire, CodeCommune commune, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        if (d.Numero != index + 1)
        {
            l.Ajouter("parcours.contrat.numero", $"{chemin}.numero", d.Numero.ToString(CultureInfo.InvariantCulture), $"Les contrats sont numérotés dans l'ordre : numéro attendu {index + 1}.");
        }

        var regime = l.Code<RegimeContrat>(d.Regime, $"{chemin}.regime");
        var statut = l.Code<StatutContrat>(d.Statut, $"{chemin}.statut");
        var referent = LireReferent(d.Referent, l, $"{chemin}.referent");
        var orientation = l.Present(d.Orientation, $"{chemin}.orientation") ? LireOrientation(d.Orientation!, l, $"{chemin}.orientation") : null;
        var etablissement = l.Date(d.DateEtablissement, $"{chemin}.dateEtablissement");
        var duree = l.Borne(d.DureeEnMois, 1, 60, $"{chemin}.dureeEnMois");
        var engagements = LireEngagements(d.Engagements, l, $"{chemin}.engagements");
        var (_, plan) = LirePlan(d.PlanDAction, l, $"{chemin}.planDAction");
        l.Borne(d.RangDeRenouvellement, 0, 100, $"{chemin}.rangDeRenouvellement");
        var (_, signature) = l.DateFacultative(d.DateSignature, $"{chemin}.dateSignature");
        var (_, debut) = l.DateFacultative(d.Debut, $"{chemin}.debut");
        var (_, fin) = l.DateFacultative(d.Fin, $"{chemin}.fin");
        var (_, finEffective) = l.DateFacultative(d.FinEffective, $"{chemin}.finEffective");
        var avenants = ImmutableArray.CreateBuilder<Avenant>(d.Avenants.Count);
        for (var i = 0; i < d.Avenants.Count; i++)
        {
            var c = $"{chemin}.avenants[{i}]";
            if (!l.Present(d.Avenants[i], c))
            {
                continue;
            }

            var a = d.Avenants[i];
            var date = l.Date(a.Date, $"{c}.date");
            var motif = l.Texte(a.Motif, $"{c}.motif");
            var engagementsAvant = LireEngagements(a.EngagementsAvant, l, $"{c}.engagementsAvant");
            var (planValide, planAvant) = LirePlan(a.PlanAvant, l, $"{c}.planAvant");
            if (a.Numero != i + 1)
            {
                l.Ajouter("parcours.avenant.ordre", $"{c}.numero", a.Numero.ToString(CultureInfo.InvariantCulture), $"Les avenants sont numérotés dans l'ordre : numéro attendu {i + 1}.");
            }
            else if (date is { } da && avenants.Count > 0 && da < avenants[^1].Date)
            {
                l.Ajouter("parcours.avenant.ordre", $"{c}.date", Iso(da), "Les avenants sont datés dans l'ordre chronologique.");
            }

            if (date is not null && motif is not null && engagementsAvant is not null && planValide)
            {
                avenants.Add(new Avenant(a.Numero, date.Value, motif, engagementsAvant.Value, planAvant));
            }
        }

        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        if (regime != RegimeContrat.Au(etablissement!.Value))
        {
            l.Ajouter("parcours.contrat.regime", $"{chemin}.regime", regime!.Code, $"Le régime d'un contrat est celui en vigueur à sa date d'établissement ({RegimeContrat.Au(etablissement.Value).Code}).");
        }

        foreach (var e in RegleContenuSelonRegime.Verifier(regime!, engagements!.Value, plan))
        {
            var champ = e.Champ == "engagements" ? "engagements" : "planDAction";
            l.Erreurs.Add(e.PourChamp(champ).AuChemin($"{chemin}.{champ}"));
        }

        if (statut == StatutContrat.Brouillon)
        {
            if (signature is not null || debut is not null || fin is not null || finEffective is not null || d.Motif is not null
                || d.SignatureTardive || d.Successeur is not null || d.Predecesseur is not null || avenants.Count > 0)
            {
                l.Ajouter("parcours.contrat.brouillon", $"{chemin}.statut", statut.Code, "Un brouillon n'a ni signature, ni période, ni avenant, ni renouvellement.");
            }
        }
        else if (signature is not { } s || debut is not { } de || fin is not { } fi || finEffective is not { } fe)
        {
            l.Ajouter("parcours.contrat.periode", $"{chemin}.debut", null, "Un contrat signé a une date de signature, un début, une fin et une fin effective.");
        }
        else
        {
            var finPrevue = de.PlusMonths(duree!.Value).PlusDays(-1);
            var clos = statut == StatutContrat.Rompu || statut == StatutContrat.Termine;
            if (fi != finPrevue)
            {
                l.Ajouter("parcours.contrat.periode", $"{chemin}.fin", Iso(fi), $"Un contrat de {duree} mois commencé le {Dates.Formater(de)} finit le {Dates.Formater(finPrevue)}.");
            }
            else if (de < s || s < etablissement.Value)
            {
                l.Ajouter("parcours.contrat.periode", $"{chemin}.debut", Iso(de), "Un contrat est signé après son établissement et commence au plus tôt le jour de sa signature.");
            }
            else if (clos ? fe < de || fe > fi : fe != fi)
            {
                l.Ajouter("parcours.contrat.periode", $"{chemin}.finEffective", Iso(fe), "La fin effective est la fin prévue, ou pour un contrat rompu ou terminé un jour de sa période.");
            }

            if (clos == string.IsNullOrWhiteSpace(d.Motif))
            {
                l.Ajouter("parcours.contrat.motif", $"{chemin}.motif", d.Motif, "Seul un contrat rompu ou terminé porte un motif, et il en porte un.");
            }

            if ((statut == StatutContrat.Renouvele) != d.Successeur.HasValue)
            {
                l.Ajouter("parcours.contrat.renouvellement", $"{chemin}.successeur", d.Successeur?.ToString(CultureInfo.InvariantCulture), "Seul un contrat renouvelé a un successeur, et il en a un.");
            }
        }

        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        var contrat = new Contrat(d.Numero, beneficiaire, commune, referent!, orientation!, regime!, etablissement.Value, duree!.Value, engagements.Value, plan, d.Predecesseur, d.RangDeRenouvellement);
        return Contrat.Restaurer(contrat, new EtatRestaure(statut!, d.Successeur, signature, d.SignatureTardive, debut, fin, finEffective, d.Motif, avenants.ToImmutable()));
    }

    private static void VerifierContrats(IReadOnlyList<Contrat> contrats, LecteurDeDocument l)
    {
        if (contrats.Count(c => c.Statut == StatutContrat.Brouillon) > 1)
        {
            l.Ajouter("parcours.contrat.brouillons", "$.contrats", null, "Au plus un brouillon à la fois.");
        }

        for (var i = 0; i < contrats.Count; i++)
        {
            var c = contrats[i];
            var chemin = $"$.contrats[{i}]";
            if (c.Periode is { } p && contrats.Take(i).FirstOrDefault(o => o.Periode is { } q && q.Start <= p.End && p.Start <= q.End) is { } autre)
            {
                l.Ajouter("parcours.contrat.chevauchement", $"{chemin}.debut", Iso(p.Start), $"La période chevauche celle du contrat n° {autre.Numero} : au plus un contrat actif à chaque date.");
            }

            if (c.Successeur is { } s && (s <= c.Numero || s > contrats.Count || contrats[s - 1].Predecesseur != c.Numero
                || contrats[s - 1].Debut != c.Fin!.Value.PlusDays(1) || contrats[s - 1].RangDeRenouvellement != c.RangDeRenouvellement + 1))
            {
                l.Ajouter("parcours.contrat.renouvellement", $"{chemin}.successeur", s.ToString(CultureInfo.InvariantCulture), "Le successeur renouvelle ce contrat : il le désigne comme prédécesseur, commence le lendemain de sa fin et a le rang suivant.");
            }

            if (c.Predecesseur is { } pr ? pr >= c.Numero || contrats[pr - 1].Successeur != c.Numero : c.RangDeRenouvellement != 0)
            {
                l.Ajouter("parcours.contrat.renouvellement", $"{chemin}.predecesseur", c.Predecesseur?.ToString(CultureInfo.InvariantCulture), "Un contrat renouvelé désigne ce contrat comme successeur ; un premier contrat a le rang 0.");
            }
        }
    }

    private static OrientationDocument VersDocument(Orientation o) =>
        new() { Type = o.Type.Code, Debut = Iso(o.Debut), Fin = Iso(o.Fin), EcourteeParReorientation = o.EcourteeParReorientation };

    private static ReferentDocument VersDocument(Referent r) => new() { Identifiant = r.Identifiant, Organisme = r.Organisme.Code };

    private static EngagementDocument VersDocument(Engagement e) =>
        new() { Domaine = e.Domaine.Code, Debiteur = e.Debiteur.Code, Libelle = e.Libelle, Echeance = Iso(e.Echeance), Statut = e.Statut.Code };

    private static PlanDActionDocument? VersDocument(PlanDAction? p) =>
        p is null ? null : new() { HeuresHebdomadaires = p.HeuresHebdomadaires, MotifAjustement = p.MotifAjustement };

    private static string Iso(LocalDate date) => LectureJson.Iso(date);

    private static string? Iso(LocalDate? date) => date is { } d ? LectureJson.Iso(d) : null;

    /// <summary>Écrit le parcours dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="parcours">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(Parcours parcours, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(parcours), CafJsonContext.Default.ParcoursDocument);

    /// <summary>Écrit le parcours dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="parcours">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(Parcours parcours, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(parcours), CafJsonContext.Default.ParcoursDocument, annulation);

    /// <summary>Lit le parcours depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="carte">La carte des secteurs, pour vérifier les référents de la Caf (facultative).</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Parcours> Lire(Stream flux, CarteDesSecteurs? carte = null) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.ParcoursDocument).Bind(d => FromDocument(d, carte));

    /// <summary>Lit le parcours depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="carte">La carte des secteurs, pour vérifier les référents de la Caf (facultative).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<Parcours>> LireAsync(Stream flux, CarteDesSecteurs? carte = null, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.ParcoursDocument, annulation).ConfigureAwait(false)).Bind(d => FromDocument(d, carte));
}
