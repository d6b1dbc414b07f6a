/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A what-if saved with the installation: what the operator plans to do to one SSI cluster and the choices that go with it. The simulation runs it on a copy; the model is never changed by a run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getCluster <em>Cluster</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getConcurrentRelocations <em>Concurrent Relocations</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getMaxTotalSeconds <em>Max Total Seconds</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#isImmediate <em>Immediate</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.Scenario#getIplSeconds <em>Ipl Seconds</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getScenario()
 * @model abstract="true"
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name the scenario is run by (simulate --scenario NAME).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the change is for, in the planner's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see ssiplan.model.SsiplanPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SSI cluster it acts on; empty means the installation's only (or first) cluster.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster</em>' reference.
	 * @see #setCluster(SsiCluster)
	 * @see ssiplan.model.SsiplanPackage#getScenario_Cluster()
	 * @model
	 * @generated
	 */
	SsiCluster getCluster();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getCluster <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster</em>' reference.
	 * @see #getCluster()
	 * @generated
	 */
	void setCluster(SsiCluster value);

	/**
	 * Returns the value of the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many VMRELOCATEs run at once per ISFC link; 0 lets the evacuation planner choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concurrent Relocations</em>' attribute.
	 * @see #setConcurrentRelocations(int)
	 * @see ssiplan.model.SsiplanPackage#getScenario_ConcurrentRelocations()
	 * @model default="0"
	 * @generated
	 */
	int getConcurrentRelocations();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getConcurrentRelocations <em>Concurrent Relocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concurrent Relocations</em>' attribute.
	 * @see #getConcurrentRelocations()
	 * @generated
	 */
	void setConcurrentRelocations(int value);

	/**
	 * Returns the value of the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMRELOCATE MAXQUIESCE for the scenario's relocations; unset takes the simulation default (10 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Quiesce Seconds</em>' attribute.
	 * @see #isSetMaxQuiesceSeconds()
	 * @see #unsetMaxQuiesceSeconds()
	 * @see #setMaxQuiesceSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getScenario_MaxQuiesceSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getMaxQuiesceSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Quiesce Seconds</em>' attribute.
	 * @see #isSetMaxQuiesceSeconds()
	 * @see #unsetMaxQuiesceSeconds()
	 * @see #getMaxQuiesceSeconds()
	 * @generated
	 */
	void setMaxQuiesceSeconds(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.Scenario#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxQuiesceSeconds()
	 * @see #getMaxQuiesceSeconds()
	 * @see #setMaxQuiesceSeconds(double)
	 * @generated
	 */
	void unsetMaxQuiesceSeconds();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.Scenario#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Quiesce Seconds</em>' attribute is set.
	 * @see #unsetMaxQuiesceSeconds()
	 * @see #getMaxQuiesceSeconds()
	 * @see #setMaxQuiesceSeconds(double)
	 * @generated
	 */
	boolean isSetMaxQuiesceSeconds();

	/**
	 * Returns the value of the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMRELOCATE MAXTOTAL for the scenario's relocations; unset is NOLIMIT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Total Seconds</em>' attribute.
	 * @see #isSetMaxTotalSeconds()
	 * @see #unsetMaxTotalSeconds()
	 * @see #setMaxTotalSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getScenario_MaxTotalSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getMaxTotalSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getMaxTotalSeconds <em>Max Total Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Total Seconds</em>' attribute.
	 * @see #isSetMaxTotalSeconds()
	 * @see #unsetMaxTotalSeconds()
	 * @see #getMaxTotalSeconds()
	 * @generated
	 */
	void setMaxTotalSeconds(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.Scenario#getMaxTotalSeconds <em>Max Total Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxTotalSeconds()
	 * @see #getMaxTotalSeconds()
	 * @see #setMaxTotalSeconds(double)
	 * @generated
	 */
	void unsetMaxTotalSeconds();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.Scenario#getMaxTotalSeconds <em>Max Total Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Total Seconds</em>' attribute is set.
	 * @see #unsetMaxTotalSeconds()
	 * @see #getMaxTotalSeconds()
	 * @see #setMaxTotalSeconds(double)
	 * @generated
	 */
	boolean isSetMaxTotalSeconds();

	/**
	 * Returns the value of the '<em><b>Immediate</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relocate with IMMEDIATE (one memory pass, then quiesce).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Immediate</em>' attribute.
	 * @see #setImmediate(boolean)
	 * @see ssiplan.model.SsiplanPackage#getScenario_Immediate()
	 * @model default="false"
	 * @generated
	 */
	boolean isImmediate();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#isImmediate <em>Immediate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Immediate</em>' attribute.
	 * @see #isImmediate()
	 * @generated
	 */
	void setImmediate(boolean value);

	/**
	 * Returns the value of the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Defined guest storage per byte of real memory a destination may reach when the planner places guests; unset takes the installation's planning setting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Overcommit Limit</em>' attribute.
	 * @see #isSetMemoryOvercommitLimit()
	 * @see #unsetMemoryOvercommitLimit()
	 * @see #setMemoryOvercommitLimit(double)
	 * @see ssiplan.model.SsiplanPackage#getScenario_MemoryOvercommitLimit()
	 * @model unsettable="true"
	 * @generated
	 */
	double getMemoryOvercommitLimit();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Overcommit Limit</em>' attribute.
	 * @see #isSetMemoryOvercommitLimit()
	 * @see #unsetMemoryOvercommitLimit()
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 */
	void setMemoryOvercommitLimit(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.Scenario#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemoryOvercommitLimit()
	 * @see #getMemoryOvercommitLimit()
	 * @see #setMemoryOvercommitLimit(double)
	 * @generated
	 */
	void unsetMemoryOvercommitLimit();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.Scenario#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory Overcommit Limit</em>' attribute is set.
	 * @see #unsetMemoryOvercommitLimit()
	 * @see #getMemoryOvercommitLimit()
	 * @see #setMemoryOvercommitLimit(double)
	 * @generated
	 */
	boolean isSetMemoryOvercommitLimit();

	/**
	 * Returns the value of the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of a destination's processor capacity guest demand may reach when the planner places guests; unset is 1.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Overcommit Limit</em>' attribute.
	 * @see #isSetCpuOvercommitLimit()
	 * @see #unsetCpuOvercommitLimit()
	 * @see #setCpuOvercommitLimit(double)
	 * @see ssiplan.model.SsiplanPackage#getScenario_CpuOvercommitLimit()
	 * @model unsettable="true"
	 * @generated
	 */
	double getCpuOvercommitLimit();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Overcommit Limit</em>' attribute.
	 * @see #isSetCpuOvercommitLimit()
	 * @see #unsetCpuOvercommitLimit()
	 * @see #getCpuOvercommitLimit()
	 * @generated
	 */
	void setCpuOvercommitLimit(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.Scenario#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCpuOvercommitLimit()
	 * @see #getCpuOvercommitLimit()
	 * @see #setCpuOvercommitLimit(double)
	 * @generated
	 */
	void unsetCpuOvercommitLimit();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.Scenario#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cpu Overcommit Limit</em>' attribute is set.
	 * @see #unsetCpuOvercommitLimit()
	 * @see #getCpuOvercommitLimit()
	 * @see #setCpuOvercommitLimit(double)
	 * @generated
	 */
	boolean isSetCpuOvercommitLimit();

	/**
	 * Returns the value of the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time from IPL to the member asking to join; unset takes the simulation default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipl Seconds</em>' attribute.
	 * @see #isSetIplSeconds()
	 * @see #unsetIplSeconds()
	 * @see #setIplSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getScenario_IplSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getIplSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.Scenario#getIplSeconds <em>Ipl Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipl Seconds</em>' attribute.
	 * @see #isSetIplSeconds()
	 * @see #unsetIplSeconds()
	 * @see #getIplSeconds()
	 * @generated
	 */
	void setIplSeconds(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.Scenario#getIplSeconds <em>Ipl Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIplSeconds()
	 * @see #getIplSeconds()
	 * @see #setIplSeconds(double)
	 * @generated
	 */
	void unsetIplSeconds();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.Scenario#getIplSeconds <em>Ipl Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ipl Seconds</em>' attribute is set.
	 * @see #unsetIplSeconds()
	 * @see #getIplSeconds()
	 * @see #setIplSeconds(double)
	 * @generated
	 */
	boolean isSetIplSeconds();

} // Scenario
