using System.Runtime.ExceptionServices;
using System.Text;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le chargement en morceaux : un flux UTF-8 qui se relit, coupé aux fins de ligne en morceaux lus en parallèle, chacun
/// dans ses colonnes, puis mis bout à bout.
/// </summary>
/// <remarks>
/// <para><b>Mêmes résultats que la lecture d'un trait.</b> Les morceaux sont bornés à des fins de ligne précédées d'un
/// nombre pair de guillemets : hors d'un champ cité, si le fichier est bien formé (un champ cité peut contenir un saut de
/// ligne, ou le séparateur : les listes d'un fichier à point-virgule sortent d'Excel entre guillemets). Une borne mal
/// placée ne passe pas inaperçue : chaque morceau commence là où le précédent, lu comme la lecture d'un trait le lirait,
/// a fini son dernier enregistrement, ou bien ce morceau précédent finit au milieu d'un champ cité et le fichier est relu
/// d'un trait (par récurrence depuis le premier morceau, qui commence après l'en-tête). Une première ligne <c>sep=</c>,
/// un autre encodage que l'UTF-8 ou une en-tête inhabituelle font lire le fichier d'un trait.
/// Un morceau qui rencontre une erreur, un doublon (dans le morceau ou entre deux morceaux) ou un enregistrement que le
/// découpage rapide ne tranche pas fait relire tout le fichier d'un trait : les erreurs, leurs lignes, leur ordre et la
/// borne des 1 000 erreurs sont alors exactement ceux de la lecture d'un trait (un fichier fautif est lu deux fois).</para>
/// <para>Mémoire : les colonnes des morceaux puis celles de la population, le temps de la mise bout à bout (le double
/// des colonnes au plus), et un tableau d'un bit par numéro possible (1,25 Mo) par morceau.</para>
/// </remarks>
internal sealed partial class ChargementEnColonnes
{
    // Un morceau lit la suite d'un fichier dont l'en-tête est connue ; il s'arrête à sa première erreur.
    private bool _morceau;
    private bool _aRelire;

    /// <summary>Charge un flux qui se relit, en <paramref name="parallelisme"/> morceaux au plus, ou d'un trait si le découpage n'est pas sûr.</summary>
    /// <param name="flux">Le flux (à sa position de départ ; laissé ouvert).</param>
    /// <param name="format">Le séparateur et l'encodage.</param>
    /// <param name="table">Le référentiel des communes.</param>
    /// <param name="parallelisme">Le nombre de morceaux lus en même temps au plus (1 : d'un trait).</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus.</param>
    /// <param name="annulation">Interrompt la lecture.</param>
    /// <param name="tailleMinimale">La taille d'un morceau au moins, en octets.</param>
    /// <returns>La population, ou les erreurs du fichier.</returns>
    internal static Resultat<Population> ChargerEnMorceaux(Stream flux, FormatCsv format, ReferentielCommunes table, int parallelisme, IProgress<int>? progression, CancellationToken annulation, long tailleMinimale = 4 << 20)
    {
        var debut = flux.CanSeek ? flux.Position : 0;
        var morceauxVoulus = flux.CanSeek && parallelisme > 1 && (format.Encodage is null || format.Encodage.CodePage == Encoding.UTF8.CodePage)
            ? (int)Math.Clamp((flux.Length - debut) / Math.Max(1, tailleMinimale), 1, parallelisme)
            : 1;
        var analyse = flux.CanSeek ? Analyser(flux, morceauxVoulus, annulation) : default;
        if (morceauxVoulus > 1 && analyse.Bornes.Count > 1 && EnteteSimple(analyse.PremiereLigne, format) is { } entete)
        {
            var lu = LireLesMorceaux(flux, format, table, parallelisme, analyse, entete, progression, annulation);
            if (lu is not null)
            {
                return lu;
            }

            flux.Position = debut;
        }

        using var lecteur = new StreamReader(flux, format.Encodage ?? new UTF8Encoding(false), detectEncodingFromByteOrderMarks: format.Encodage is null, bufferSize: 1 << 16, leaveOpen: true);
        return Charger(lecteur, format, table, progression, annulation, analyse.Lignes);
    }

    /// <summary>Ce qu'une lecture des octets apprend du fichier : lignes, bornes des morceaux.</summary>
    internal readonly record struct Analyse(int Lignes, List<(long Position, int Ligne)> Bornes, byte[] PremiereLigne);

    /// <summary>Compte les lignes (octets 0x0A) et cherche les fins de ligne hors guillemets qui bornent <paramref name="morceaux"/> morceaux de tailles voisines ; le flux remis à sa position.</summary>
    internal static Analyse Analyser(Stream flux, int morceaux, CancellationToken annulation)
    {
        var debut = flux.Position;
        var longueur = flux.Length - debut;
        var tampon = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        long lignes = 0;
        var dernier = (byte)'\n';
        var bornes = new List<(long Position, int Ligne)> { (debut, 1) };
        byte[] premiere = [];
        var cible = morceaux > 1 ? longueur / morceaux : long.MaxValue;
        long position = 0;

        // Les guillemets comptés jusqu'à la position « compte » du bloc : une fin de ligne précédée d'un nombre impair
        // de guillemets est (sans doute) dans un champ cité, et ne borne pas un morceau.
        long guillemets = 0;
        try
        {
            int lus;
            while ((lus = flux.Read(tampon, 0, tampon.Length)) > 0)
            {
                annulation.ThrowIfCancellationRequested();
                var bloc = tampon.AsSpan(0, lus);
                if (position == 0)
                {
                    var fin = bloc.IndexOf((byte)'\n');
                    premiere = (fin < 0 ? bloc : bloc[..fin]).ToArray();
                }

                var compte = 0;
                while (bornes.Count < morceaux && cible < position + lus)
                {
                    var depuis = (int)Math.Max(compte, cible - position);
                    var n = bloc[depuis..].IndexOf((byte)'\n');
                    if (n < 0)
                    {
                        cible = position + lus;
                        break;
                    }

                    var apres = depuis + n + 1;
                    guillemets += bloc[compte..apres].Count((byte)'"');
                    compte = apres;
                    if ((guillemets & 1) != 0)
                    {
                        cible = position + apres;
                        continue;
                    }

                    var ligne = 1 + lignes + bloc[..apres].Count((byte)'\n');
                    if (position + apres < longueur && ligne <= int.MaxValue)
                    {
                        bornes.Add((debut + position + apres, (int)ligne));
                    }

                    cible = Math.Max(position + apres, longueur * bornes.Count / morceaux);
                    if (position + apres >= longueur)
                    {
                        break;
                    }
                }

                guillemets += bloc[compte..].Count((byte)'"');
                lignes += bloc.Count((byte)'\n');
                dernier = tampon[lus - 1];
                position += lus;
            }

            // La dernière ligne sans saut de ligne compte ; l'en-tête n'est pas un foyer.
            lignes += (dernier == '\n' ? 0 : 1) - 1;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(tampon);
            flux.Position = debut;
        }

        bornes.Add((debut + longueur, 0));
        return new Analyse((int)Math.Clamp(lignes, 0, Array.MaxLength), bornes, premiere);
    }

    /// <summary>Le séparateur et le nombre de colonnes d'une en-tête attendue, sur une ligne, sans ligne <c>sep=</c> ; <see langword="null"/> sinon.</summary>
    private static (char Separateur, bool AvecDroitsEtDevoirs)? EnteteSimple(byte[] octets, FormatCsv format)
    {
        var ligne = octets.AsSpan();
        if (ligne.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            ligne = ligne[3..];
        }

        if (ligne.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
        {
            ligne = ligne[..^1];
        }

        if (ligne.IsEmpty || ligne.Length > 1024 || ligne.IndexOfAny((byte)'\r', (byte)0) >= 0 || ligne[0] >= 0x80)
        {
            return null;
        }

        var texte = Encoding.UTF8.GetString(ligne);
        if (FormatCsv.SeparateurNomme(texte) is not null)
        {
            return null;
        }

        var separateur = format.Separateur ?? FormatCsv.Detecter(texte);
        var noms = texte.Split(separateur).Select(n => n.Trim()).ToArray();
        return EstEntete(noms) ? (separateur, string.Join(",", noms) == PopulationCsv.EnteteAvecDroitsEtDevoirs) : null;
    }

    /// <summary>Lit les morceaux en parallèle et les met bout à bout ; <see langword="null"/> si le fichier est à relire d'un trait.</summary>
    private static Resultat<Population>? LireLesMorceaux(Stream flux, FormatCsv format, ReferentielCommunes table, int parallelisme, Analyse analyse, (char Separateur, bool AvecDroitsEtDevoirs) entete, IProgress<int>? progression, CancellationToken annulation)
    {
        var nombre = analyse.Bornes.Count - 1;
        var morceaux = new ChargementEnColonnes[nombre];
        var verrou = new object();
        try
        {
            Parallel.For(0, nombre, new ParallelOptions { MaxDegreeOfParallelism = parallelisme }, k =>
            {
                var (debut, ligne) = analyse.Bornes[k];
                var fin = analyse.Bornes[k + 1].Position;
                var capacite = (analyse.Lignes / nombre) + (analyse.Lignes / nombre / 8) + 1024;
                var tranche = new Tranche(flux, verrou, debut, fin);
                // Le premier morceau porte l'en-tête (et un éventuel BOM) ; les suivants sont lus sans détection de BOM.
                var lecteur = new StreamReader(tranche, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: k == 0, bufferSize: 1 << 16);
                var m = new ChargementEnColonnes(lecteur, format, table, null, annulation, capacite) { _morceau = true };
                morceaux[k] = m;
                try
                {
                    if (k == 0)
                    {
                        m.Executer();
                    }
                    else
                    {
                        m._separateur = entete.Separateur;
                        m._avecDroitsEtDevoirs = entete.AvecDroitsEtDevoirs;
                        m._nombreDeColonnes = entete.AvecDroitsEtDevoirs ? 14 : 13;
                        m._ligne = ligne;
                        m.Remplir();
                        m.LireEnregistrements();
                    }
                }
                finally
                {
                    m.Liberer();
                    lecteur.Dispose();
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<OperationCanceledException>().FirstOrDefault() is { } annule)
        {
            ExceptionDispatchInfo.Throw(annule);
        }

        var premier = morceaux[0];
        if (premier._separateur != entete.Separateur || premier._avecDroitsEtDevoirs != entete.AvecDroitsEtDevoirs || morceaux.Any(m => m._aRelire || m._erreurs.Count > 0 || m._erreursPopulation.Count > 0))
        {
            return null;
        }

        // Un numéro lu dans deux morceaux : doublon, relu d'un trait pour citer sa première ligne.
        var vus = premier._numerosVus;
        for (var k = 1; k < nombre; k++)
        {
            var autres = morceaux[k]._numerosVus;
            for (var w = 0; w < vus.Length; w++)
            {
                if ((vus[w] & autres[w]) != 0)
                {
                    return null;
                }

                vus[w] |= autres[w];
            }
        }

        premier._morceau = false;
        premier.MettreBoutABout(morceaux);
        premier._enregistrementsLus = morceaux.Sum(m => m._enregistrementsLus);
        premier._progression = progression;
        return premier.Terminer();
    }

    /// <summary>Remplace les colonnes de ce morceau (le premier) par celles de tous les morceaux, bout à bout.</summary>
    private void MettreBoutABout(ChargementEnColonnes[] morceaux)
    {
        var foyers = 0;
        var enfants = 0;
        var prestations = 0;
        foreach (var m in morceaux.Skip(1))
        {
            foreach (var (i, code) in m._anciensCodes)
            {
                _anciensCodes[i + foyers + _numeros.Count] = code;
            }

            foyers += m._numeros.Count;
        }

        var total = _numeros.Count + foyers;
        _numeros = Coller(morceaux, static m => m._numeros.Valeurs);
        _communes = Coller(morceaux, static m => m._communes.Valeurs);
        _indicateurs = Coller(morceaux, static m => m._indicateurs.Valeurs);
        _naissances = Coller(morceaux, static m => m._naissances.Valeurs);
        _ressources = Coller(morceaux, static m => m._ressources.Valeurs);
        _prestations = Coller(morceaux, static m => m._prestations.Valeurs);
        _datesSituation = Coller(morceaux, static m => m._datesSituation.Valeurs);
        _droitsEtDevoirs = Coller(morceaux, static m => m._droitsEtDevoirs.Valeurs);
        _conjoints = Coller(morceaux, static m => m._conjoints.Valeurs);
        _droitsEtDevoirsConjoint = Coller(morceaux, static m => m._droitsEtDevoirsConjoint.Valeurs);
        _ressourcesN2 = Coller(morceaux, static m => m._ressourcesN2.Valeurs);
        _ordreCanaux = Coller(morceaux, static m => m._ordreCanaux.Valeurs);

        // Les débuts (enfants, prestations) et les foyers des événements sont décalés de ce qui précède leur morceau.
        var debuts = new int[total + 1];
        var debutsP = new int[total + 1];
        var foyersEvenements = new int[morceaux.Sum(m => m._evenementsFoyers.Count)];
        int f = 0, e = 0;
        foreach (var m in morceaux)
        {
            var de = m._debutsEnfants.Valeurs;
            var dp = m._debutsPrestations.Valeurs;
            for (var j = 0; j < de.Length; j++)
            {
                debuts[f + j] = de[j] + enfants;
                debutsP[f + j] = dp[j] + prestations;
            }

            foreach (var i in m._evenementsFoyers.Valeurs)
            {
                foyersEvenements[e++] = i + f;
            }

            f += de.Length;
            enfants += m._enfants.Count;
            prestations += m._prestationsDetail.Count;
        }

        _enfants = Coller(morceaux, static m => m._enfants.Valeurs);
        _prestationsDetail = Coller(morceaux, static m => m._prestationsDetail.Valeurs);
        _prestationsMontants = Coller(morceaux, static m => m._prestationsMontants.Valeurs);
        _evenementsCodes = Coller(morceaux, static m => m._evenementsCodes.Valeurs);
        _debutsEnfants = Tableau<int>.De(debuts, total);
        _debutsPrestations = Tableau<int>.De(debutsP, total);
        _evenementsFoyers = Tableau<int>.De(foyersEvenements, foyersEvenements.Length);
    }

    private delegate ReadOnlySpan<T> Colonne<T>(ChargementEnColonnes morceau);

    private static Tableau<T> Coller<T>(ChargementEnColonnes[] morceaux, Colonne<T> colonne)
    {
        var total = morceaux.Sum(m => colonne(m).Length);
        var valeurs = GC.AllocateUninitializedArray<T>(total);
        var n = 0;
        foreach (var m in morceaux)
        {
            var v = colonne(m);
            v.CopyTo(valeurs.AsSpan(n));
            n += v.Length;
        }

        return Tableau<T>.De(valeurs, total);
    }

    /// <summary>Une tranche d'un flux partagé, lue sous un verrou (position remise à chaque lecture).</summary>
    private sealed class Tranche(Stream flux, object verrou, long debut, long fin) : FluxEnLecture
    {
        private readonly long _debut = debut;
        private long _position = debut;

        public override long Position { get => _position - _debut; set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, fin - _position);
            if (n <= 0)
            {
                return 0;
            }

            int lus;
            lock (verrou)
            {
                flux.Position = _position;
                lus = flux.Read(buffer[..n]);
            }

            _position += lus;
            return lus;
        }
    }
}
