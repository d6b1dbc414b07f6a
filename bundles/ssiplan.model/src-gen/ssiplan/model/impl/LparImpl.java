/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.ProcessorType;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lpar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.LparImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.LparImpl#getMemoryGiB <em>Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.LparImpl#getLogicalProcessors <em>Logical Processors</em>}</li>
 *   <li>{@link ssiplan.model.impl.LparImpl#getProcessorType <em>Processor Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.LparImpl#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LparImpl extends EObjectImpl implements Lpar {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryGiB() <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_GI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemoryGiB() <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected int memoryGiB = MEMORY_GI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogicalProcessors() <em>Logical Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalProcessors()
	 * @generated
	 * @ordered
	 */
	protected static final int LOGICAL_PROCESSORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLogicalProcessors() <em>Logical Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalProcessors()
	 * @generated
	 * @ordered
	 */
	protected int logicalProcessors = LOGICAL_PROCESSORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessorType() <em>Processor Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessorType()
	 * @generated
	 * @ordered
	 */
	protected static final ProcessorType PROCESSOR_TYPE_EDEFAULT = ProcessorType.IFL;

	/**
	 * The cached value of the '{@link #getProcessorType() <em>Processor Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessorType()
	 * @generated
	 * @ordered
	 */
	protected ProcessorType processorType = PROCESSOR_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Member member;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LparImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.LPAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryGiB() {
		return memoryGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryGiB(int newMemoryGiB) {
		int oldMemoryGiB = memoryGiB;
		memoryGiB = newMemoryGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__MEMORY_GI_B, oldMemoryGiB, memoryGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLogicalProcessors() {
		return logicalProcessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogicalProcessors(int newLogicalProcessors) {
		int oldLogicalProcessors = logicalProcessors;
		logicalProcessors = newLogicalProcessors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__LOGICAL_PROCESSORS, oldLogicalProcessors, logicalProcessors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessorType getProcessorType() {
		return processorType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessorType(ProcessorType newProcessorType) {
		ProcessorType oldProcessorType = processorType;
		processorType = newProcessorType == null ? PROCESSOR_TYPE_EDEFAULT : newProcessorType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__PROCESSOR_TYPE, oldProcessorType, processorType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Member)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.LPAR__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMember(Member newMember, NotificationChain msgs) {
		Member oldMember = member;
		member = newMember;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__MEMBER, oldMember, newMember);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Member newMember) {
		if (newMember != member) {
			NotificationChain msgs = null;
			if (member != null)
				msgs = ((InternalEObject)member).eInverseRemove(this, SsiplanPackage.MEMBER__LPAR, Member.class, msgs);
			if (newMember != null)
				msgs = ((InternalEObject)newMember).eInverseAdd(this, SsiplanPackage.MEMBER__LPAR, Member.class, msgs);
			msgs = basicSetMember(newMember, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.LPAR__MEMBER, newMember, newMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.LPAR__MEMBER:
				if (member != null)
					msgs = ((InternalEObject)member).eInverseRemove(this, SsiplanPackage.MEMBER__LPAR, Member.class, msgs);
				return basicSetMember((Member)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.LPAR__MEMBER:
				return basicSetMember(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.LPAR__NAME:
				return getName();
			case SsiplanPackage.LPAR__MEMORY_GI_B:
				return getMemoryGiB();
			case SsiplanPackage.LPAR__LOGICAL_PROCESSORS:
				return getLogicalProcessors();
			case SsiplanPackage.LPAR__PROCESSOR_TYPE:
				return getProcessorType();
			case SsiplanPackage.LPAR__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.LPAR__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.LPAR__MEMORY_GI_B:
				setMemoryGiB((Integer)newValue);
				return;
			case SsiplanPackage.LPAR__LOGICAL_PROCESSORS:
				setLogicalProcessors((Integer)newValue);
				return;
			case SsiplanPackage.LPAR__PROCESSOR_TYPE:
				setProcessorType((ProcessorType)newValue);
				return;
			case SsiplanPackage.LPAR__MEMBER:
				setMember((Member)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.LPAR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.LPAR__MEMORY_GI_B:
				setMemoryGiB(MEMORY_GI_B_EDEFAULT);
				return;
			case SsiplanPackage.LPAR__LOGICAL_PROCESSORS:
				setLogicalProcessors(LOGICAL_PROCESSORS_EDEFAULT);
				return;
			case SsiplanPackage.LPAR__PROCESSOR_TYPE:
				setProcessorType(PROCESSOR_TYPE_EDEFAULT);
				return;
			case SsiplanPackage.LPAR__MEMBER:
				setMember((Member)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.LPAR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.LPAR__MEMORY_GI_B:
				return memoryGiB != MEMORY_GI_B_EDEFAULT;
			case SsiplanPackage.LPAR__LOGICAL_PROCESSORS:
				return logicalProcessors != LOGICAL_PROCESSORS_EDEFAULT;
			case SsiplanPackage.LPAR__PROCESSOR_TYPE:
				return processorType != PROCESSOR_TYPE_EDEFAULT;
			case SsiplanPackage.LPAR__MEMBER:
				return member != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", memoryGiB: ");
		result.append(memoryGiB);
		result.append(", logicalProcessors: ");
		result.append(logicalProcessors);
		result.append(", processorType: ");
		result.append(processorType);
		result.append(')');
		return result.toString();
	}

} //LparImpl
