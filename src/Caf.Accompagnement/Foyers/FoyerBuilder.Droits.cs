using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>Droits et pièces demandées (module <c>Droits</c>).</summary>
public sealed partial class FoyerBuilder
{
    private readonly List<Droit> _droits = [];
    private readonly List<PieceDemandee> _pieces = [];

    /// <summary>Ajoute le droit au RSA avec les codes de la Caf.</summary>
    /// <param name="etat">L'état du dossier (ETATDOSRSA).</param>
    /// <param name="depuis">Date depuis laquelle le dossier est dans cet état.</param>
    /// <param name="suspension">Motif de suspension du versement (MOTISUSVERSRSA), pour les états 3 et 4.</param>
    /// <param name="cloture">Motif de clôture (MOTICLORSA), pour les états 5 et 6.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecDroitRsa(EtatDossierRsa etat, LocalDate depuis, MotifSuspensionRsa? suspension = null, MotifClotureRsa? cloture = null)
    {
        Preconditions.CheckNotNull(etat);
        _droits.Add(new Droit(
            Prestation.Rsa,
            etat.EtatGenerique,
            depuis,
            etat,
            suspension,
            cloture,
            suspension?.PorteSurUnePiece == true,
            cloture?.EstAbsenceDeDroit == true));
        return this;
    }

    /// <summary>Ajoute le droit à une prestation autre que le RSA, avec son état générique.</summary>
    /// <param name="prestation">La prestation (pas le RSA : voir <see cref="AvecDroitRsa"/>).</param>
    /// <param name="etat">L'état du droit.</param>
    /// <param name="depuis">Date depuis laquelle le droit est dans cet état.</param>
    /// <param name="fauteDePiece">Pour un droit suspendu : suspendu faute d'une pièce justificative.</param>
    /// <param name="apresAbsenceDeDroit">Pour un droit clos : clos après quatre mois sans droit.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecDroit(Prestation prestation, EtatDroit etat, LocalDate depuis, bool fauteDePiece = false, bool apresAbsenceDeDroit = false)
    {
        _droits.Add(new Droit(Preconditions.CheckNotNull(prestation), Preconditions.CheckNotNull(etat), depuis, null, null, null, fauteDePiece, apresAbsenceDeDroit));
        return this;
    }

    /// <summary>Ajoute une pièce justificative demandée.</summary>
    /// <param name="nature">La nature de la pièce.</param>
    /// <param name="dateDemande">La date de la demande.</param>
    /// <param name="dateLimite">La date limite de fourniture (dernier jour).</param>
    /// <param name="dateReception">La date de réception, si la pièce est reçue.</param>
    /// <param name="prestation">La prestation concernée, si elle est connue.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecPieceDemandee(NaturePiece nature, LocalDate dateDemande, LocalDate dateLimite, LocalDate? dateReception = null, Prestation? prestation = null)
    {
        _pieces.Add(new PieceDemandee(Preconditions.CheckNotNull(nature), prestation, dateDemande, dateLimite, dateReception));
        return this;
    }

    private void ValiderDroits(List<Erreur> erreurs)
    {
        for (var i = 0; i < _droits.Count; i++)
        {
            var d = _droits[i];
            var champ = $"droits[{i}]";
            if (_droits.FindIndex(x => x.Prestation == d.Prestation) < i)
            {
                erreurs.Add(new Erreur("foyer.droit.doublon", $"{champ}.prestation", d.Prestation.Code, "Un foyer a au plus un droit par prestation."));
            }

            if (d.Prestation == Prestation.Rsa && d.EtatRsa is null)
            {
                erreurs.Add(new Erreur("foyer.droit.rsa", $"{champ}.etat", d.Etat.Code, "L'état du droit au RSA est donné par son code ETATDOSRSA."));
            }

            if (d.Depuis < _naissanceAllocataire)
            {
                erreurs.Add(new Erreur("foyer.droit.date", $"{champ}.depuis", Dates.FormaterIso(d.Depuis), "L'état d'un droit ne précède pas la naissance de l'allocataire."));
            }

            if ((d.MotifSuspensionRsa is not null || d.SuspenduFauteDePiece) && d.Etat != EtatDroit.Suspendu)
            {
                erreurs.Add(new Erreur("foyer.droit.motif", $"{champ}.suspension", d.MotifSuspensionRsa?.Code ?? d.CodeEtat, "Un motif de suspension suppose un droit suspendu (ETATDOSRSA 3 ou 4)."));
            }

            if ((d.MotifClotureRsa is not null || d.ClosApresAbsenceDeDroit) && d.Etat != EtatDroit.Clos)
            {
                erreurs.Add(new Erreur("foyer.droit.motif", $"{champ}.cloture", d.MotifClotureRsa?.Code ?? d.CodeEtat, "Un motif de clôture suppose un droit clos (ETATDOSRSA 5 ou 6)."));
            }
        }

        for (var i = 0; i < _pieces.Count; i++)
        {
            var p = _pieces[i];
            var champ = $"pieces[{i}]";
            if (p.DateDemande < _naissanceAllocataire)
            {
                erreurs.Add(new Erreur("foyer.piece.date", $"{champ}.date_demande", Dates.FormaterIso(p.DateDemande), "Une pièce n'est pas demandée avant la naissance de l'allocataire."));
            }

            if (p.DateLimite < p.DateDemande)
            {
                erreurs.Add(new Erreur("foyer.piece.limite", $"{champ}.date_limite", Dates.FormaterIso(p.DateLimite), "La date limite ne précède pas la date de demande."));
            }

            if (p.DateReception is { } r && r < p.DateDemande)
            {
                erreurs.Add(new Erreur("foyer.piece.reception", $"{champ}.date_reception", Dates.FormaterIso(r), "Une pièce n'est pas reçue avant d'être demandée."));
            }
        }
    }

    private void AttacherDroits(Foyer foyer) =>
        foyer.AttacherDroits([.. _droits], [.. _pieces.OrderBy(p => p.DateLimite).ThenBy(p => p.DateDemande)]);
}
