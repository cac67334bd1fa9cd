using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;

namespace Empathy.Core.Tests.Insights.Crisis;

/// <summary>
/// First-person crisis wordings beyond the keywords (wanting to die, not wanting to live, being done,
/// no reason to go on, self-harm, plans and means, text-speak; wishing one had died, waiting for death,
/// what keeps the writer from it, self-harm relapse and cuts, goodbye messages and last posts, giving
/// things away, asking how many pills it takes), each with its Spanish
/// counterpart, and the everyday sentences that share their words.
/// </summary>
public class CrisisWordingTests
{
    private static readonly CrisisDetector English = new();
    private static readonly CrisisDetector Spanish = new(new InsightOptions { Language = "es" });

    [Theory]
    [InlineData("I just want to curl up and die.")]
    [InlineData("Just fucking kill me.")]
    [InlineData("It would be easier if I were dead.")]
    [InlineData("I hate being alive.")]
    [InlineData("I can't live like this anymore.")]
    [InlineData("I don't see any reason to keep going.")]
    [InlineData("I have no reason to stay alive.")]
    [InlineData("I've lost the will to live.")]
    [InlineData("I'm so over life.")]
    [InlineData("This is my last night alive.")]
    [InlineData("I'm going to shoot myself.")]
    [InlineData("I want to jump off the roof.")]
    [InlineData("What's the quickest way to die?")]
    [InlineData("I self-harmed again last night.")]
    [InlineData("i want to kill my self")]
    [InlineData("im feeling sucidal again")]
    [InlineData("I tied myself a noose.")]
    [InlineData("I don't even know why I'm still alive.")]
    [InlineData("I'm such a burden.")]
    [InlineData("Honestly, I should have died.")]
    [InlineData("I'm just waiting to die.")]
    [InlineData("Honestly I would welcome death.")]
    [InlineData("My dog keeps me from killing myself.")]
    [InlineData("She talked me out of hurting myself.")]
    [InlineData("Why am I even still here?")]
    [InlineData("I relapsed on self-harm.")]
    [InlineData("There are cuts on my wrists again.")]
    [InlineData("This is my goodbye.")]
    [InlineData("How many pills would it take to die?")]
    [InlineData("I've been giving away my stuff.")]
    [InlineData("This is my last post.")]
    [InlineData("Even my therapist can't give me a reason to keep going.")]
    public void English_RaisesTheFlag(string text)
    {
        var signal = English.Detect(text);

        Assert.NotNull(signal);
        Assert.Contains(signal.Mentions, m => m.RaisesFlag && m.Person == CrisisPerson.Self);
    }

    [Theory]
    [InlineData("Solo quiero meterme en un agujero y morir.")]
    [InlineData("Mátenme.")]
    [InlineData("Sería más fácil estar muerta.")]
    [InlineData("Odio estar vivo.")]
    [InlineData("No puedo vivir así.")]
    [InlineData("No tengo ninguna razón para vivir.")]
    [InlineData("He perdido las ganas de vivir.")]
    [InlineData("Estoy harta de la vida.")]
    [InlineData("Esta es mi última noche con vida.")]
    [InlineData("Voy a pegarme un tiro.")]
    [InlineData("Quiero tirarme del puente.")]
    [InlineData("¿Cuál es la forma más fácil de morir?")]
    [InlineData("Me corté otra vez anoche.")]
    [InlineData("kiero morirme ya")]
    [InlineData("Me siento suicida otra vez.")]
    [InlineData("Me hice una soga.")]
    [InlineData("¿Por qué sigo viva?")]
    [InlineData("Soy una carga.")]
    [InlineData("Debí haber muerto en ese accidente.")]
    [InlineData("Solo estoy esperando la muerte.")]
    [InlineData("Mi perro me impide matarme.")]
    [InlineData("¿Por qué sigo aquí?")]
    [InlineData("Recaí en las autolesiones.")]
    [InlineData("Tengo cortes en las muñecas otra vez.")]
    [InlineData("Esta es mi despedida.")]
    [InlineData("¿Cuántas pastillas hacen falta para morir?")]
    [InlineData("Estoy regalando mis cosas.")]
    [InlineData("Mi hermana me convenció de no matarme.")]
    [InlineData("Este es mi último mensaje.")]
    [InlineData("Nadie me da una razón para vivir.")]
    [InlineData("No me queda ninguna razón para seguir.")]
    public void Spanish_RaisesTheFlag(string text)
    {
        var signal = Spanish.Detect(text);

        Assert.NotNull(signal);
        Assert.Contains(signal.Mentions, m => m.RaisesFlag && m.Person == CrisisPerson.Self);
    }

    [Theory]
    [InlineData("I burned myself on the stove.")]
    [InlineData("I shot myself in the foot with that email.")]
    [InlineData("I'm tired of life in the city.")]
    [InlineData("There's no reason to keep going to that gym.")]
    [InlineData("I have every reason to keep going.")]
    [InlineData("Suicide prevention week starts on Monday.")]
    [InlineData("I wanted to curl up and die of embarrassment.")]
    [InlineData("My boss will kill me if I'm late.")]
    [InlineData("I don't want to live in a city this loud.")]
    [InlineData("I'd never wake up my friends this early.")]
    [InlineData("Why am I still here at the office?")]
    [InlineData("I should be dead tired after this shift.")]
    [InlineData("The new cuts on my budget hurt.")]
    [InlineData("How many pills does it take to cure a headache?")]
    [InlineData("This is my last post of the year.")]
    [InlineData("They can't give me a reason to keep going to that class.")]
    public void English_EverydaySentences_RaiseNothing(string text) => Assert.Null(English.Detect(text));

    [Theory]
    [InlineData("Voy a colgarme la mochila.")]
    [InlineData("No quiero pegarme un tiro en el pie con este contrato.")]
    [InlineData("Estoy harto de la vida de oficina.")]
    [InlineData("Tengo muchas ganas de vivir.")]
    [InlineData("No quiero vivir en una ciudad tan ruidosa.")]
    [InlineData("Hoy empieza la semana de prevención del suicidio.")]
    [InlineData("Quiero meterme en un agujero y morir de vergüenza.")]
    [InlineData("¿Por qué sigo aquí en la oficina?")]
    [InlineData("Estamos esperando la muerte de la batería.")]
    [InlineData("Hay cortes nuevos en el presupuesto.")]
    [InlineData("¿Cuántas pastillas hacen falta para el dolor de cabeza?")]
    [InlineData("Este es mi último mensaje del año.")]
    [InlineData("No me dan ninguna razón para seguir yendo a clase.")]
    public void Spanish_EverydaySentences_RaiseNothing(string text) => Assert.Null(Spanish.Detect(text));
}
