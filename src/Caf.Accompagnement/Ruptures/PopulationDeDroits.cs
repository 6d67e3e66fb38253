using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Les données de foyers utiles à la détection des ruptures, en colonnes (structure de tableaux) : dates en numéros de
/// jour, revenus en centimes, démarches, droits suspendus ou clos, pièces et naissances des enfants aplaties avec leurs
/// décalages. Sert à la détection en masse (<see cref="DetectionEnMasse"/>).
/// </summary>
/// <remarks>Construite une fois à partir des foyers ; ne dépend d'aucune date de référence ni d'aucune politique, qui sont
/// résolues à chaque détection.</remarks>
public sealed class PopulationDeDroits
{
    internal const int AccueilSeulement = 1;
    internal const int Isole = 2;
    internal const int EnCouple = 4;

    /// <summary>Nombre d'enfants en colonnes (<see cref="Enfant1"/> à <see cref="Enfant4"/>) ; au-delà, le foyer est une grande famille traitée à part.</summary>
    internal const int EnfantsEnColonnes = 4;

    private PopulationDeDroits(int count)
    {
        Numeros = new int[count];
        Drapeaux = new byte[count];
        Revenus = new long[count];
        Revenus10 = new int[count];
        Uc10Base = new byte[count];
        Enfant1 = new ushort[count];
        Enfant2 = new ushort[count];
        Enfant3 = new ushort[count];
        Enfant4 = new ushort[count];
        DebutDemarches = new int[count + 1];
        DebutSuspensions = new int[count + 1];
        DebutClotures = new int[count + 1];
        DebutPieces = new int[count + 1];
        DebutEnfants = new int[count + 1];
    }

    /// <summary>Nombre de foyers.</summary>
    public int Count => Numeros.Length;

    internal int[] Numeros { get; }

    internal byte[] Drapeaux { get; }

    internal long[] Revenus { get; }

    // Revenu disponible × 10, saturé aux bornes des int (comparaison exacte tant que le seuil × UC y tient).
    internal int[] Revenus10 { get; }

    // UC × 10 sans les enfants de 14 ans ou plus : 10 + 5 (conjoint) + 3 par enfant ; 0 sans enfant ou pour une grande famille.
    internal byte[] Uc10Base { get; }

    // Naissances des quatre aînés, de l'aîné au cadet, en jours depuis OrigineNaissances (16 bits : deux fois moins à
    // lire) ; AucunEnfant sans enfant à ce rang.
    internal ushort[] Enfant1 { get; }

    internal ushort[] Enfant2 { get; }

    internal ushort[] Enfant3 { get; }

    internal ushort[] Enfant4 { get; }

    internal const ushort AucunEnfant = ushort.MaxValue;

    // Numéro de jour de la naissance la plus ancienne de la population.
    internal int OrigineNaissances { get; private set; }

    // Les foyers de plus de quatre enfants, traités foyer par foyer ; aussi tous les foyers avec enfants si les
    // naissances s'étalent sur plus de 65 534 jours (les colonnes sur 16 bits ne suffisent plus).
    internal int[] GrandesFamilles { get; private set; } = [];

    internal int[] DebutDemarches { get; }

    // Le foyer de chaque démarche, suspension, clôture et pièce (passes sur les listes aplaties).
    internal int[] FoyerDemarche { get; private set; } = [];

    internal int[] FoyerSuspension { get; private set; } = [];

    internal int[] FoyerCloture { get; private set; } = [];

    internal int[] FoyerPiece { get; private set; } = [];

    internal int[] Demarches { get; private set; } = [];

    internal int[] DebutSuspensions { get; }

    internal int[] SuspensionsDepuis { get; private set; } = [];

    // -1 : prestation générique suspendue faute de pièce ; sinon l'index du motif MOTISUSVERSRSA.
    internal int[] SuspensionsMotif { get; private set; } = [];

    internal int[] DebutClotures { get; }

    internal int[] Clotures { get; private set; } = [];

    internal int[] DebutPieces { get; }

    internal int[] PiecesLimite { get; private set; } = [];

    internal int[] PiecesReception { get; private set; } = [];

    internal int[] DebutEnfants { get; }

    internal int[] NaissancesEnfants { get; private set; } = [];

    /// <summary>Le numéro allocataire du foyer à une position.</summary>
    /// <param name="index">La position.</param>
    /// <returns>Le numéro.</returns>
    public NumeroAllocataire Numero(int index) => NumeroAllocataire.FromValeur(Numeros[index]);

    /// <summary>Met des foyers en colonnes.</summary>
    /// <param name="foyers">Les foyers.</param>
    /// <returns>La population en colonnes.</returns>
    public static PopulationDeDroits Create(IReadOnlyList<Foyer> foyers)
    {
        Preconditions.CheckNotNull(foyers);
        var p = new PopulationDeDroits(foyers.Count);
        var demarches = new List<int>();
        var depuis = new List<int>();
        var motifs = new List<int>();
        var clotures = new List<int>();
        var limites = new List<int>();
        var receptions = new List<int>();
        var enfants = new List<int>();
        var grandes = new List<int>();
        for (var i = 0; i < foyers.Count; i++)
        {
            var f = Preconditions.CheckNotNull(foyers[i]);
            p.Numeros[i] = f.Numero.Valeur;
            var accueil = !f.Canaux.IsEmpty && f.Canaux.All(c => c == CanalDeContact.AccueilPhysique);
            p.Drapeaux[i] = (byte)((accueil ? AccueilSeulement : 0) | (f.Situation == SituationFamiliale.Isole ? Isole : 0) | (f.Conjoint is not null ? EnCouple : 0));
            var revenu = f.RevenuDisponibleMensuel.Centimes;
            p.Revenus[i] = revenu;
            p.Revenus10[i] = revenu > int.MaxValue / 10 ? int.MaxValue : revenu < int.MinValue / 10 ? int.MinValue : (int)(revenu * 10);
            p.DebutDemarches[i] = demarches.Count;
            if (accueil)
            {
                demarches.AddRange(f.Demarches.Select(d => NumeroDeJour.De(d.Date)));
            }

            p.DebutSuspensions[i] = depuis.Count;
            p.DebutClotures[i] = clotures.Count;
            foreach (var d in f.Droits)
            {
                if (d.Etat == EtatDroit.Suspendu && (d.EtatRsa is null ? d.SuspenduFauteDePiece : d.MotifSuspensionRsa is not null))
                {
                    depuis.Add(NumeroDeJour.De(d.Depuis));
                    motifs.Add(d.MotifSuspensionRsa is { } m ? IndexDuMotif(m) : -1);
                }
                else if (d.Etat == EtatDroit.Clos && d.ClosApresAbsenceDeDroit)
                {
                    clotures.Add(NumeroDeJour.De(d.Depuis));
                }
            }

            p.DebutPieces[i] = limites.Count;
            foreach (var piece in f.PiecesDemandees)
            {
                limites.Add(NumeroDeJour.De(piece.DateLimite));
                receptions.Add(piece.DateReception is { } r ? NumeroDeJour.De(r) : int.MaxValue);
            }

            p.DebutEnfants[i] = enfants.Count;
            enfants.AddRange(f.Enfants.Select(e => NumeroDeJour.De(e.DateNaissance)));
            var nombre = enfants.Count - p.DebutEnfants[i];
            if (nombre > EnfantsEnColonnes)
            {
                grandes.Add(i);
            }
            else if (nombre > 0)
            {
                p.Uc10Base[i] = (byte)(10 + (f.Conjoint is not null ? 5 : 0) + (3 * nombre));
            }
        }

        var n = foyers.Count;
        p.DebutDemarches[n] = demarches.Count;
        p.DebutSuspensions[n] = depuis.Count;
        p.DebutClotures[n] = clotures.Count;
        p.DebutPieces[n] = limites.Count;
        p.DebutEnfants[n] = enfants.Count;
        p.Demarches = [.. demarches];
        p.SuspensionsDepuis = [.. depuis];
        p.SuspensionsMotif = [.. motifs];
        p.Clotures = [.. clotures];
        p.PiecesLimite = [.. limites];
        p.PiecesReception = [.. receptions];
        p.NaissancesEnfants = [.. enfants];
        p.RemplirAines(enfants, grandes);
        p.GrandesFamilles = [.. grandes];
        p.FoyerDemarche = Proprietaires(p.DebutDemarches, demarches.Count);
        p.FoyerSuspension = Proprietaires(p.DebutSuspensions, depuis.Count);
        p.FoyerCloture = Proprietaires(p.DebutClotures, clotures.Count);
        p.FoyerPiece = Proprietaires(p.DebutPieces, limites.Count);
        return p;
    }

    private void RemplirAines(List<int> naissances, List<int> grandes)
    {
        Enfant1.AsSpan().Fill(AucunEnfant);
        Enfant2.AsSpan().Fill(AucunEnfant);
        Enfant3.AsSpan().Fill(AucunEnfant);
        Enfant4.AsSpan().Fill(AucunEnfant);
        if (naissances.Count == 0)
        {
            return;
        }

        OrigineNaissances = naissances.Min();
        if ((long)naissances.Max() - OrigineNaissances >= AucunEnfant)
        {
            // Étalement hors des 16 bits : tous les foyers avec enfants passent par la liste aplatie.
            for (var i = 0; i < Count; i++)
            {
                if (Uc10Base[i] > 0)
                {
                    Uc10Base[i] = 0;
                    grandes.Add(i);
                }
            }

            grandes.Sort();
            return;
        }

        Span<ushort> aines = stackalloc ushort[EnfantsEnColonnes];
        for (var i = 0; i < Count; i++)
        {
            var nombre = DebutEnfants[i + 1] - DebutEnfants[i];
            if (Uc10Base[i] == 0)
            {
                continue;
            }

            aines.Fill(AucunEnfant);
            for (var k = 0; k < nombre; k++)
            {
                aines[k] = (ushort)(naissances[DebutEnfants[i] + k] - OrigineNaissances);
            }

            aines.Sort();
            Enfant1[i] = aines[0];
            Enfant2[i] = aines[1];
            Enfant3[i] = aines[2];
            Enfant4[i] = aines[3];
        }
    }

    private static int[] Proprietaires(int[] debuts, int total)
    {
        var foyers = new int[total];
        for (var i = 0; i + 1 < debuts.Length; i++)
        {
            foyers.AsSpan(debuts[i], debuts[i + 1] - debuts[i]).Fill(i);
        }

        return foyers;
    }

    internal static int IndexDuMotif(MotifSuspensionRsa motif)
    {
        var toutes = MotifSuspensionRsa.Toutes;
        for (var i = 0; i < toutes.Count; i++)
        {
            if (toutes[i] == motif)
            {
                return i;
            }
        }

        return -1;
    }
}
