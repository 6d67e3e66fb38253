using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Baremes;

/// <summary>
/// Le jeu de barèmes qu'utilisent les règles : les barèmes officiels par défaut (<see cref="BaremesOfficiels.Jeu"/>),
/// ou ceux qu'un organisme fournit (barème plus récent, valeur corrigée) sans nouvelle version de la bibliothèque.
/// </summary>
/// <remarks>Immuable ; se remplace valeur par valeur avec les méthodes <c>Avec…</c>.</remarks>
public sealed class JeuDeBaremes
{
    /// <summary>Crée un jeu de barèmes.</summary>
    /// <param name="smicHoraire">SMIC horaire brut.</param>
    /// <param name="smicMensuel">SMIC mensuel brut.</param>
    /// <param name="seuilDePauvrete">Seuil de pauvreté mensuel.</param>
    /// <param name="rsaMontantDeBase">Montant forfaitaire de base du RSA.</param>
    /// <exception cref="ArgumentNullException">Un barème est nul.</exception>
    public JeuDeBaremes(Bareme<decimal> smicHoraire, Bareme<Montant> smicMensuel, Bareme<Montant> seuilDePauvrete, Bareme<Montant> rsaMontantDeBase)
    {
        SmicHoraire = Preconditions.CheckNotNull(smicHoraire);
        SmicMensuel = Preconditions.CheckNotNull(smicMensuel);
        SeuilDePauvrete = Preconditions.CheckNotNull(seuilDePauvrete);
        RsaMontantDeBase = Preconditions.CheckNotNull(rsaMontantDeBase);
    }

    /// <summary>SMIC horaire brut.</summary>
    public Bareme<decimal> SmicHoraire { get; }

    /// <summary>SMIC mensuel brut.</summary>
    public Bareme<Montant> SmicMensuel { get; }

    /// <summary>Seuil de pauvreté mensuel.</summary>
    public Bareme<Montant> SeuilDePauvrete { get; }

    /// <summary>Montant forfaitaire de base du RSA.</summary>
    public Bareme<Montant> RsaMontantDeBase { get; }

    /// <summary>Le même jeu avec un autre SMIC horaire.</summary>
    /// <param name="bareme">Le barème.</param>
    /// <returns>Le nouveau jeu.</returns>
    public JeuDeBaremes AvecSmicHoraire(Bareme<decimal> bareme) => new(bareme, SmicMensuel, SeuilDePauvrete, RsaMontantDeBase);

    /// <summary>Le même jeu avec un autre SMIC mensuel.</summary>
    /// <param name="bareme">Le barème.</param>
    /// <returns>Le nouveau jeu.</returns>
    public JeuDeBaremes AvecSmicMensuel(Bareme<Montant> bareme) => new(SmicHoraire, bareme, SeuilDePauvrete, RsaMontantDeBase);

    /// <summary>Le même jeu avec un autre seuil de pauvreté.</summary>
    /// <param name="bareme">Le barème.</param>
    /// <returns>Le nouveau jeu.</returns>
    public JeuDeBaremes AvecSeuilDePauvrete(Bareme<Montant> bareme) => new(SmicHoraire, SmicMensuel, bareme, RsaMontantDeBase);

    /// <summary>Le même jeu avec un autre montant de base du RSA.</summary>
    /// <param name="bareme">Le barème.</param>
    /// <returns>Le nouveau jeu.</returns>
    public JeuDeBaremes AvecRsaMontantDeBase(Bareme<Montant> bareme) => new(SmicHoraire, SmicMensuel, SeuilDePauvrete, bareme);
}
